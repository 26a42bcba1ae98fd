// This file is generated from openapi/ by `npm run generate`. Do not edit it by hand.
// @ts-nocheck: ajv's standalone output is plain JavaScript.
import * as ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";
const ucs2length = ucs2lengthModule.default.default ?? ucs2lengthModule.default;
import { FORMATS } from "../stub/formats";

export const signup = validate20;
const schema31 = {"$ref":"contract#/components/schemas/SignupRequest"};
const schema33 = {"type":"object","description":"Create a user, their organization (with them as `owner`) and a token.","required":["email","password","name","organization_name"],"properties":{"email":{"type":"string","format":"email","maxLength":254,"description":"Email address."},"password":{"type":"string","minLength":8,"maxLength":128,"writeOnly":true,"description":"Password, at least 8 characters. Never returned."},"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"organization_name":{"type":"string","minLength":1,"maxLength":200,"description":"Name of the new organization."}}};
const formats0 = FORMATS.email;
const func1 = ucs2length;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/SignupRequest/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.password === undefined){
const err1 = {instancePath,schemaPath:"contract#/components/schemas/SignupRequest/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"contract#/components/schemas/SignupRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.organization_name === undefined){
const err3 = {instancePath,schemaPath:"contract#/components/schemas/SignupRequest/required",keyword:"required",params:{missingProperty: "organization_name"},message:"must have required property '"+"organization_name"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(func1(data0) > 254){
const err4 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/SignupRequest/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema33.properties.email,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats0(data0))){
const err5 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/SignupRequest/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema33.properties.email,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/SignupRequest/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.email.type,parentSchema:schema33.properties.email,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.password !== undefined){
let data1 = data.password;
if(typeof data1 === "string"){
if(func1(data1) > 128){
const err7 = {instancePath:instancePath+"/password",schemaPath:"contract#/components/schemas/SignupRequest/properties/password/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema33.properties.password,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data1) < 8){
const err8 = {instancePath:instancePath+"/password",schemaPath:"contract#/components/schemas/SignupRequest/properties/password/minLength",keyword:"minLength",params:{limit: 8},message:"must NOT have fewer than 8 characters",schema:8,parentSchema:schema33.properties.password,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/password",schemaPath:"contract#/components/schemas/SignupRequest/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.password.type,parentSchema:schema33.properties.password,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err10 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/SignupRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema33.properties.name,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/SignupRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.name,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/SignupRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.name.type,parentSchema:schema33.properties.name,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.organization_name !== undefined){
let data3 = data.organization_name;
if(typeof data3 === "string"){
if(func1(data3) > 200){
const err13 = {instancePath:instancePath+"/organization_name",schemaPath:"contract#/components/schemas/SignupRequest/properties/organization_name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema33.properties.organization_name,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/organization_name",schemaPath:"contract#/components/schemas/SignupRequest/properties/organization_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.organization_name,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/organization_name",schemaPath:"contract#/components/schemas/SignupRequest/properties/organization_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.organization_name.type,parentSchema:schema33.properties.organization_name,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"contract#/components/schemas/SignupRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"email":true,"password":true,"name":true,"organization_name":true},"dynamicProps":false,"dynamicItems":false};

export const login = validate22;
const schema34 = {"$ref":"contract#/components/schemas/LoginRequest"};
const schema35 = {"type":"object","description":"Exchange an email and password for a token. The password is checked, not validated: wrong credentials of any length get the same `non_field_errors`.","required":["email","password"],"properties":{"email":{"type":"string","format":"email","maxLength":254,"description":"Email address."},"password":{"type":"string","minLength":1,"maxLength":4096,"writeOnly":true,"description":"The user's password. Never returned."}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/LoginRequest/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.password === undefined){
const err1 = {instancePath,schemaPath:"contract#/components/schemas/LoginRequest/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(func1(data0) > 254){
const err2 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/LoginRequest/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema35.properties.email,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats0(data0))){
const err3 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/LoginRequest/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema35.properties.email,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/LoginRequest/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.email.type,parentSchema:schema35.properties.email,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.password !== undefined){
let data1 = data.password;
if(typeof data1 === "string"){
if(func1(data1) > 4096){
const err5 = {instancePath:instancePath+"/password",schemaPath:"contract#/components/schemas/LoginRequest/properties/password/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35.properties.password,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/password",schemaPath:"contract#/components/schemas/LoginRequest/properties/password/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.password,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/password",schemaPath:"contract#/components/schemas/LoginRequest/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.password.type,parentSchema:schema35.properties.password,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"contract#/components/schemas/LoginRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"email":true,"password":true},"dynamicProps":false,"dynamicItems":false};

export const createOrganization = validate23;
const schema36 = {"$ref":"contract#/components/schemas/OrganizationRequest"};
const schema37 = {"type":"object","description":"Body to create or replace an organization.","required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/OrganizationRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/OrganizationRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema37.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/OrganizationRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/OrganizationRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.name.type,parentSchema:schema37.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"contract#/components/schemas/OrganizationRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"name":true},"dynamicProps":false,"dynamicItems":false};

export const updateOrganization = validate24;
const schema38 = {"$ref":"contract#/components/schemas/PatchedOrganizationRequest"};
const schema39 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err0 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedOrganizationRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema39.properties.name,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedOrganizationRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedOrganizationRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"contract#/components/schemas/PatchedOrganizationRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"name":true},"dynamicProps":false,"dynamicItems":false};

export const updateMember = validate25;
const schema40 = {"$ref":"contract#/components/schemas/PatchedMembershipRequest"};
const schema41 = {"type":"object","description":"Change a member's role.","properties":{"role":{"$ref":"#/components/schemas/Role"}}};
const schema42 = {"type":"string","enum":["owner","admin","member"],"description":"A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization."};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role !== undefined){
let data0 = data.role;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/role",schemaPath:"#/components/schemas/Role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data0 === "owner") || (data0 === "admin")) || (data0 === "member"))){
const err1 = {instancePath:instancePath+"/role",schemaPath:"#/components/schemas/Role/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"role":true},"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"role":true},"dynamicProps":false,"dynamicItems":false};

export const createInvite = validate28;
const schema43 = {"$ref":"contract#/components/schemas/InviteRequest"};
const schema44 = {"type":"object","description":"Invite someone by email.","required":["email"],"properties":{"email":{"type":"string","format":"email","maxLength":254,"description":"Email address."},"role":{"$ref":"#/components/schemas/Role","default":"member"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(func1(data0) > 254){
const err1 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema44.properties.email,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(formats0(data0))){
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema44.properties.email,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.email.type,parentSchema:schema44.properties.email,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/role",schemaPath:"#/components/schemas/Role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data1 === "owner") || (data1 === "admin")) || (data1 === "member"))){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/components/schemas/Role/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"email":true,"role":true},"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"email":true,"role":true},"dynamicProps":false,"dynamicItems":false};

export const acceptInvite = validate31;
const schema46 = {"$ref":"contract#/components/schemas/InviteAcceptRequest"};
const schema47 = {"type":"object","description":"Accept an invite with its secret. A new user also sends a name and a password; a user who already has an account sends only the secret, with their own token.","required":["token"],"properties":{"token":{"type":"string","minLength":1,"maxLength":200,"writeOnly":true,"description":"The invite's secret, from the response that created the invite."},"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name of the new user. Required when the email has no account yet."},"password":{"type":"string","minLength":8,"maxLength":128,"writeOnly":true,"description":"Password of the new user, at least 8 characters. Required when the email has no account yet; never returned."}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/InviteAcceptRequest/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.token !== undefined){
let data0 = data.token;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/token",schemaPath:"contract#/components/schemas/InviteAcceptRequest/properties/token/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema47.properties.token,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/token",schemaPath:"contract#/components/schemas/InviteAcceptRequest/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.token,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/token",schemaPath:"contract#/components/schemas/InviteAcceptRequest/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.token.type,parentSchema:schema47.properties.token,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 200){
const err4 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/InviteAcceptRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema47.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/InviteAcceptRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/InviteAcceptRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.name.type,parentSchema:schema47.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.password !== undefined){
let data2 = data.password;
if(typeof data2 === "string"){
if(func1(data2) > 128){
const err7 = {instancePath:instancePath+"/password",schemaPath:"contract#/components/schemas/InviteAcceptRequest/properties/password/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema47.properties.password,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data2) < 8){
const err8 = {instancePath:instancePath+"/password",schemaPath:"contract#/components/schemas/InviteAcceptRequest/properties/password/minLength",keyword:"minLength",params:{limit: 8},message:"must NOT have fewer than 8 characters",schema:8,parentSchema:schema47.properties.password,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/password",schemaPath:"contract#/components/schemas/InviteAcceptRequest/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.password.type,parentSchema:schema47.properties.password,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"contract#/components/schemas/InviteAcceptRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"token":true,"name":true,"password":true},"dynamicProps":false,"dynamicItems":false};

export const createApiKey = validate32;
const schema48 = {"$ref":"contract#/components/schemas/ApiKeyRequest"};
const schema49 = {"type":"object","description":"Create an API key.","required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name: name a key by its purpose (`nightly-export`), so the audit trail reads well."},"kind":{"$ref":"#/components/schemas/ApiKeyKind","default":"long_term"},"expires_at":{"type":["string","null"],"format":"date-time","description":"When the key stops working. A long-term key: `null` (never; the default) or at least one day ahead. A short-term key: at most 12 hours ahead (default: in 12 hours). The organization's `max_key_lifetime_days` caps both; a key made with an API key expires no later than that key (the default is cut to it)."}}};
const schema50 = {"type":"string","description":"`long_term`: `expires_at` `null` (never) or at least one day ahead. `short_term`: at most 12 hours ahead (12 hours by default); one made with a token also ends when that token is revoked (logout). A short-term key makes only short-term keys, which end no later than it and at the same logout.","enum":["long_term","short_term"]};
const formats6 = FORMATS["date-time"];

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema49.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.name.type,parentSchema:schema49.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/components/schemas/ApiKeyKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data1 === "long_term") || (data1 === "short_term"))){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/components/schemas/ApiKeyKind/enum",keyword:"enum",params:{allowedValues: schema50.enum},message:"must be equal to one of the allowed values",schema:schema50.enum,parentSchema:schema50,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.expires_at !== undefined){
let data2 = data.expires_at;
if((typeof data2 !== "string") && (data2 !== null)){
const err6 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema49.properties.expires_at.type},message:"must be string,null",schema:schema49.properties.expires_at.type,parentSchema:schema49.properties.expires_at,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data2 === "string"){
if(!(formats6(data2))){
const err7 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema49.properties.expires_at,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"name":true,"kind":true,"expires_at":true},"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"name":true,"kind":true,"expires_at":true},"dynamicProps":false,"dynamicItems":false};

export const updateApiKey = validate35;
const schema51 = {"$ref":"contract#/components/schemas/PatchedApiKeyRequest"};
const schema52 = {"type":"object","description":"Rename an API key.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err0 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedApiKeyRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema52.properties.name,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedApiKeyRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedApiKeyRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.name.type,parentSchema:schema52.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"contract#/components/schemas/PatchedApiKeyRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"name":true},"dynamicProps":false,"dynamicItems":false};

export const rotateApiKey = validate36;
const schema53 = {"$ref":"contract#/components/schemas/ApiKeyRotateRequest"};
const schema54 = {"type":"object","description":"Rotate an API key.","properties":{"grace_seconds":{"type":"integer","minimum":0,"maximum":86400,"default":3600,"description":"How long the old key keeps working, in seconds (0 ends it at once)."},"expires_at":{"type":["string","null"],"format":"date-time","description":"When the new key stops working, under the same rules as at creation, and no later than the old key's maker allows. Default: a lifetime as long as the old key's, or never when the old key never expired, cut to that bound."}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.grace_seconds !== undefined){
let data0 = data.grace_seconds;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err0 = {instancePath:instancePath+"/grace_seconds",schemaPath:"contract#/components/schemas/ApiKeyRotateRequest/properties/grace_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.grace_seconds.type,parentSchema:schema54.properties.grace_seconds,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 86400 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/grace_seconds",schemaPath:"contract#/components/schemas/ApiKeyRotateRequest/properties/grace_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema54.properties.grace_seconds,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/grace_seconds",schemaPath:"contract#/components/schemas/ApiKeyRotateRequest/properties/grace_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.grace_seconds,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.expires_at !== undefined){
let data1 = data.expires_at;
if((typeof data1 !== "string") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/expires_at",schemaPath:"contract#/components/schemas/ApiKeyRotateRequest/properties/expires_at/type",keyword:"type",params:{type: schema54.properties.expires_at.type},message:"must be string,null",schema:schema54.properties.expires_at.type,parentSchema:schema54.properties.expires_at,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats6(data1))){
const err4 = {instancePath:instancePath+"/expires_at",schemaPath:"contract#/components/schemas/ApiKeyRotateRequest/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema54.properties.expires_at,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"contract#/components/schemas/ApiKeyRotateRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"grace_seconds":true,"expires_at":true},"dynamicProps":false,"dynamicItems":false};

export const replaceKeyPolicy = validate37;
const schema55 = {"$ref":"contract#/components/schemas/KeyPolicyRequest"};
const schema56 = {"type":"object","description":"Replace the organization's key policy.","required":["api_keys_enabled"],"properties":{"api_keys_enabled":{"type":"boolean","description":"Whether API keys of the organization may be used, created and rotated."},"max_key_lifetime_days":{"type":["integer","null"],"minimum":1,"maximum":3650,"default":null,"description":"The longest a new or rotated key may live, in days; `null` (the default) for no cap."}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.api_keys_enabled === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/KeyPolicyRequest/required",keyword:"required",params:{missingProperty: "api_keys_enabled"},message:"must have required property '"+"api_keys_enabled"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.api_keys_enabled !== undefined){
let data0 = data.api_keys_enabled;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/api_keys_enabled",schemaPath:"contract#/components/schemas/KeyPolicyRequest/properties/api_keys_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema56.properties.api_keys_enabled.type,parentSchema:schema56.properties.api_keys_enabled,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.max_key_lifetime_days !== undefined){
let data1 = data.max_key_lifetime_days;
if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (data1 !== null)){
const err2 = {instancePath:instancePath+"/max_key_lifetime_days",schemaPath:"contract#/components/schemas/KeyPolicyRequest/properties/max_key_lifetime_days/type",keyword:"type",params:{type: schema56.properties.max_key_lifetime_days.type},message:"must be integer,null",schema:schema56.properties.max_key_lifetime_days.type,parentSchema:schema56.properties.max_key_lifetime_days,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 3650 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/max_key_lifetime_days",schemaPath:"contract#/components/schemas/KeyPolicyRequest/properties/max_key_lifetime_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema56.properties.max_key_lifetime_days,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/max_key_lifetime_days",schemaPath:"contract#/components/schemas/KeyPolicyRequest/properties/max_key_lifetime_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema56.properties.max_key_lifetime_days,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"contract#/components/schemas/KeyPolicyRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"api_keys_enabled":true,"max_key_lifetime_days":true},"dynamicProps":false,"dynamicItems":false};

export const updateKeyPolicy = validate38;
const schema57 = {"$ref":"contract#/components/schemas/PatchedKeyPolicyRequest"};
const schema58 = {"type":"object","description":"Change some of the organization's key policy.","properties":{"api_keys_enabled":{"type":"boolean","description":"Whether API keys of the organization may be used, created and rotated."},"max_key_lifetime_days":{"type":["integer","null"],"minimum":1,"maximum":3650,"description":"The longest a new or rotated key may live, in days; `null` for no cap."}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.api_keys_enabled !== undefined){
let data0 = data.api_keys_enabled;
if(typeof data0 !== "boolean"){
const err0 = {instancePath:instancePath+"/api_keys_enabled",schemaPath:"contract#/components/schemas/PatchedKeyPolicyRequest/properties/api_keys_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.api_keys_enabled.type,parentSchema:schema58.properties.api_keys_enabled,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.max_key_lifetime_days !== undefined){
let data1 = data.max_key_lifetime_days;
if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (data1 !== null)){
const err1 = {instancePath:instancePath+"/max_key_lifetime_days",schemaPath:"contract#/components/schemas/PatchedKeyPolicyRequest/properties/max_key_lifetime_days/type",keyword:"type",params:{type: schema58.properties.max_key_lifetime_days.type},message:"must be integer,null",schema:schema58.properties.max_key_lifetime_days.type,parentSchema:schema58.properties.max_key_lifetime_days,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 3650 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/max_key_lifetime_days",schemaPath:"contract#/components/schemas/PatchedKeyPolicyRequest/properties/max_key_lifetime_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema58.properties.max_key_lifetime_days,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/max_key_lifetime_days",schemaPath:"contract#/components/schemas/PatchedKeyPolicyRequest/properties/max_key_lifetime_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.properties.max_key_lifetime_days,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"contract#/components/schemas/PatchedKeyPolicyRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"api_keys_enabled":true,"max_key_lifetime_days":true},"dynamicProps":false,"dynamicItems":false};

export const createTemplate = validate39;
const schema59 = {"$ref":"contract#/components/schemas/TemplateRequest"};
const schema60 = {"type":"object","description":"Body to create or replace a template.","required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"description":{"type":"string","maxLength":2000,"default":"","description":"Free-form description."},"definition":{"$ref":"#/components/schemas/TemplateDefinition","default":{}}}};
const schema61 = {"type":"object","description":"What an agent made from the template runs: the model, its instructions and the tools it may call. Every field is optional; a field the API does not know is refused with a 400 (put data of your own under `metadata`).","additionalProperties":false,"properties":{"model":{"type":"string","minLength":1,"maxLength":200,"description":"The model the agent runs, e.g. `bedrock-large`."},"instructions":{"type":"string","maxLength":20000,"description":"The agent's standing instructions (its system prompt)."},"tools":{"type":"array","maxItems":50,"items":{"type":"string","minLength":1,"maxLength":200},"description":"The tools the agent may call, by name, e.g. `adapter-state.contacts`."},"temperature":{"type":"number","minimum":0,"maximum":2,"description":"Sampling temperature, from 0 (the most predictable replies) to 2."},"metadata":{"type":"object","additionalProperties":true,"description":"Free-form data of your own, stored as it is."}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema60.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.name.type,parentSchema:schema60.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema60.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.description.type,parentSchema:schema60.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.definition !== undefined){
let data2 = data.definition;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!(((((key0 === "model") || (key0 === "instructions")) || (key0 === "tools")) || (key0 === "temperature")) || (key0 === "metadata"))){
const err6 = {instancePath:instancePath+"/definition",schemaPath:"#/components/schemas/TemplateDefinition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.model !== undefined){
let data3 = data2.model;
if(typeof data3 === "string"){
if(func1(data3) > 200){
const err7 = {instancePath:instancePath+"/definition/model",schemaPath:"#/components/schemas/TemplateDefinition/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.properties.model,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/definition/model",schemaPath:"#/components/schemas/TemplateDefinition/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.model,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/definition/model",schemaPath:"#/components/schemas/TemplateDefinition/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.model.type,parentSchema:schema61.properties.model,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.instructions !== undefined){
let data4 = data2.instructions;
if(typeof data4 === "string"){
if(func1(data4) > 20000){
const err10 = {instancePath:instancePath+"/definition/instructions",schemaPath:"#/components/schemas/TemplateDefinition/properties/instructions/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61.properties.instructions,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/definition/instructions",schemaPath:"#/components/schemas/TemplateDefinition/properties/instructions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.instructions.type,parentSchema:schema61.properties.instructions,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.tools !== undefined){
let data5 = data2.tools;
if(Array.isArray(data5)){
if(data5.length > 50){
const err12 = {instancePath:instancePath+"/definition/tools",schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema61.properties.tools,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func1(data6) > 200){
const err13 = {instancePath:instancePath+"/definition/tools/" + i0,schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.properties.tools.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data6) < 1){
const err14 = {instancePath:instancePath+"/definition/tools/" + i0,schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.tools.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/definition/tools/" + i0,schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.tools.items.type,parentSchema:schema61.properties.tools.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/definition/tools",schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.tools.type,parentSchema:schema61.properties.tools,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.temperature !== undefined){
let data7 = data2.temperature;
if(typeof data7 == "number"){
if(data7 > 2 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/definition/temperature",schemaPath:"#/components/schemas/TemplateDefinition/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema61.properties.temperature,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/definition/temperature",schemaPath:"#/components/schemas/TemplateDefinition/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.temperature,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/definition/temperature",schemaPath:"#/components/schemas/TemplateDefinition/properties/temperature/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema61.properties.temperature.type,parentSchema:schema61.properties.temperature,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.metadata !== undefined){
let data8 = data2.metadata;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
}
else {
const err20 = {instancePath:instancePath+"/definition/metadata",schemaPath:"#/components/schemas/TemplateDefinition/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.metadata.type,parentSchema:schema61.properties.metadata,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/definition",schemaPath:"#/components/schemas/TemplateDefinition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"name":true,"description":true,"definition":true},"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"name":true,"description":true,"definition":true},"dynamicProps":false,"dynamicItems":false};

export const replaceTemplate = validate42;
const schema62 = {"$ref":"contract#/components/schemas/TemplateRequest"};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema60.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.name.type,parentSchema:schema60.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema60.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.description.type,parentSchema:schema60.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.definition !== undefined){
let data2 = data.definition;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!(((((key0 === "model") || (key0 === "instructions")) || (key0 === "tools")) || (key0 === "temperature")) || (key0 === "metadata"))){
const err6 = {instancePath:instancePath+"/definition",schemaPath:"#/components/schemas/TemplateDefinition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.model !== undefined){
let data3 = data2.model;
if(typeof data3 === "string"){
if(func1(data3) > 200){
const err7 = {instancePath:instancePath+"/definition/model",schemaPath:"#/components/schemas/TemplateDefinition/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.properties.model,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/definition/model",schemaPath:"#/components/schemas/TemplateDefinition/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.model,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/definition/model",schemaPath:"#/components/schemas/TemplateDefinition/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.model.type,parentSchema:schema61.properties.model,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.instructions !== undefined){
let data4 = data2.instructions;
if(typeof data4 === "string"){
if(func1(data4) > 20000){
const err10 = {instancePath:instancePath+"/definition/instructions",schemaPath:"#/components/schemas/TemplateDefinition/properties/instructions/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61.properties.instructions,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/definition/instructions",schemaPath:"#/components/schemas/TemplateDefinition/properties/instructions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.instructions.type,parentSchema:schema61.properties.instructions,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.tools !== undefined){
let data5 = data2.tools;
if(Array.isArray(data5)){
if(data5.length > 50){
const err12 = {instancePath:instancePath+"/definition/tools",schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema61.properties.tools,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func1(data6) > 200){
const err13 = {instancePath:instancePath+"/definition/tools/" + i0,schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.properties.tools.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data6) < 1){
const err14 = {instancePath:instancePath+"/definition/tools/" + i0,schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.tools.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/definition/tools/" + i0,schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.tools.items.type,parentSchema:schema61.properties.tools.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/definition/tools",schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.tools.type,parentSchema:schema61.properties.tools,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.temperature !== undefined){
let data7 = data2.temperature;
if(typeof data7 == "number"){
if(data7 > 2 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/definition/temperature",schemaPath:"#/components/schemas/TemplateDefinition/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema61.properties.temperature,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/definition/temperature",schemaPath:"#/components/schemas/TemplateDefinition/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.temperature,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/definition/temperature",schemaPath:"#/components/schemas/TemplateDefinition/properties/temperature/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema61.properties.temperature.type,parentSchema:schema61.properties.temperature,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.metadata !== undefined){
let data8 = data2.metadata;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
}
else {
const err20 = {instancePath:instancePath+"/definition/metadata",schemaPath:"#/components/schemas/TemplateDefinition/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.metadata.type,parentSchema:schema61.properties.metadata,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/definition",schemaPath:"#/components/schemas/TemplateDefinition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":{"name":true,"description":true,"definition":true},"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"name":true,"description":true,"definition":true},"dynamicProps":false,"dynamicItems":false};

export const updateTemplate = validate45;
const schema65 = {"$ref":"contract#/components/schemas/PatchedTemplateRequest"};
const schema66 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"description":{"type":"string","maxLength":2000,"default":"","description":"Free-form description."},"definition":{"$ref":"#/components/schemas/TemplateDefinition","default":{}}}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err0 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema66.properties.name,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.name.type,parentSchema:schema66.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema66.properties.description,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.description.type,parentSchema:schema66.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.definition !== undefined){
let data2 = data.definition;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!(((((key0 === "model") || (key0 === "instructions")) || (key0 === "tools")) || (key0 === "temperature")) || (key0 === "metadata"))){
const err5 = {instancePath:instancePath+"/definition",schemaPath:"#/components/schemas/TemplateDefinition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.model !== undefined){
let data3 = data2.model;
if(typeof data3 === "string"){
if(func1(data3) > 200){
const err6 = {instancePath:instancePath+"/definition/model",schemaPath:"#/components/schemas/TemplateDefinition/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.properties.model,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data3) < 1){
const err7 = {instancePath:instancePath+"/definition/model",schemaPath:"#/components/schemas/TemplateDefinition/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.model,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/definition/model",schemaPath:"#/components/schemas/TemplateDefinition/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.model.type,parentSchema:schema61.properties.model,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.instructions !== undefined){
let data4 = data2.instructions;
if(typeof data4 === "string"){
if(func1(data4) > 20000){
const err9 = {instancePath:instancePath+"/definition/instructions",schemaPath:"#/components/schemas/TemplateDefinition/properties/instructions/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61.properties.instructions,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/definition/instructions",schemaPath:"#/components/schemas/TemplateDefinition/properties/instructions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.instructions.type,parentSchema:schema61.properties.instructions,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.tools !== undefined){
let data5 = data2.tools;
if(Array.isArray(data5)){
if(data5.length > 50){
const err11 = {instancePath:instancePath+"/definition/tools",schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema61.properties.tools,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func1(data6) > 200){
const err12 = {instancePath:instancePath+"/definition/tools/" + i0,schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.properties.tools.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data6) < 1){
const err13 = {instancePath:instancePath+"/definition/tools/" + i0,schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.tools.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/definition/tools/" + i0,schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.tools.items.type,parentSchema:schema61.properties.tools.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/definition/tools",schemaPath:"#/components/schemas/TemplateDefinition/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.tools.type,parentSchema:schema61.properties.tools,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.temperature !== undefined){
let data7 = data2.temperature;
if(typeof data7 == "number"){
if(data7 > 2 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/definition/temperature",schemaPath:"#/components/schemas/TemplateDefinition/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema61.properties.temperature,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/definition/temperature",schemaPath:"#/components/schemas/TemplateDefinition/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.temperature,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/definition/temperature",schemaPath:"#/components/schemas/TemplateDefinition/properties/temperature/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema61.properties.temperature.type,parentSchema:schema61.properties.temperature,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.metadata !== undefined){
let data8 = data2.metadata;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
}
else {
const err19 = {instancePath:instancePath+"/definition/metadata",schemaPath:"#/components/schemas/TemplateDefinition/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.metadata.type,parentSchema:schema61.properties.metadata,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/definition",schemaPath:"#/components/schemas/TemplateDefinition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"name":true,"description":true,"definition":true},"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":{"name":true,"description":true,"definition":true},"dynamicProps":false,"dynamicItems":false};

export const createAgent = validate48;
const schema68 = {"$ref":"contract#/components/schemas/AgentRequest"};
const schema69 = {"type":"object","description":"Body to create or replace an agent.","required":["name","template"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"description":{"type":"string","maxLength":2000,"default":"","description":"Free-form description."},"template":{"type":"string","format":"uuid","description":"The template this agent runs (same organization)."},"tags":{"type":"array","maxItems":50,"items":{"type":"string","minLength":1,"maxLength":50},"default":[],"description":"Labels, without duplicates."},"config":{"type":"object","additionalProperties":true,"description":"Free-form configuration.","default":{}}}};
const formats10 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/AgentRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.template === undefined){
const err1 = {instancePath,schemaPath:"contract#/components/schemas/AgentRequest/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/AgentRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema69.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/AgentRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/AgentRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.name.type,parentSchema:schema69.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err5 = {instancePath:instancePath+"/description",schemaPath:"contract#/components/schemas/AgentRequest/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema69.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/description",schemaPath:"contract#/components/schemas/AgentRequest/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.description.type,parentSchema:schema69.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.template !== undefined){
let data2 = data.template;
if(typeof data2 === "string"){
if(!(formats10.test(data2))){
const err7 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/AgentRequest/properties/template/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema69.properties.template,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/AgentRequest/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.template.type,parentSchema:schema69.properties.template,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.tags !== undefined){
let data3 = data.tags;
if(Array.isArray(data3)){
if(data3.length > 50){
const err9 = {instancePath:instancePath+"/tags",schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema69.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 50){
const err10 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema69.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.tags.items.type,parentSchema:schema69.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/tags",schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.tags.type,parentSchema:schema69.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.config !== undefined){
let data5 = data.config;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
const err14 = {instancePath:instancePath+"/config",schemaPath:"contract#/components/schemas/AgentRequest/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.config.type,parentSchema:schema69.properties.config,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"contract#/components/schemas/AgentRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":{"name":true,"description":true,"template":true,"tags":true,"config":true},"dynamicProps":false,"dynamicItems":false};

export const replaceAgent = validate49;
const schema70 = {"$ref":"contract#/components/schemas/AgentRequest"};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/AgentRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.template === undefined){
const err1 = {instancePath,schemaPath:"contract#/components/schemas/AgentRequest/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/AgentRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema69.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/AgentRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/AgentRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.name.type,parentSchema:schema69.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err5 = {instancePath:instancePath+"/description",schemaPath:"contract#/components/schemas/AgentRequest/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema69.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/description",schemaPath:"contract#/components/schemas/AgentRequest/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.description.type,parentSchema:schema69.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.template !== undefined){
let data2 = data.template;
if(typeof data2 === "string"){
if(!(formats10.test(data2))){
const err7 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/AgentRequest/properties/template/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema69.properties.template,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/AgentRequest/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.template.type,parentSchema:schema69.properties.template,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.tags !== undefined){
let data3 = data.tags;
if(Array.isArray(data3)){
if(data3.length > 50){
const err9 = {instancePath:instancePath+"/tags",schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema69.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 50){
const err10 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema69.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.tags.items.type,parentSchema:schema69.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/tags",schemaPath:"contract#/components/schemas/AgentRequest/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.tags.type,parentSchema:schema69.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.config !== undefined){
let data5 = data.config;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
const err14 = {instancePath:instancePath+"/config",schemaPath:"contract#/components/schemas/AgentRequest/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.config.type,parentSchema:schema69.properties.config,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"contract#/components/schemas/AgentRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"name":true,"description":true,"template":true,"tags":true,"config":true},"dynamicProps":false,"dynamicItems":false};

export const updateAgent = validate50;
const schema72 = {"$ref":"contract#/components/schemas/PatchedAgentRequest"};
const schema73 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"description":{"type":"string","maxLength":2000,"default":"","description":"Free-form description."},"template":{"type":"string","format":"uuid","description":"The template this agent runs (same organization)."},"tags":{"type":"array","maxItems":50,"items":{"type":"string","minLength":1,"maxLength":50},"default":[],"description":"Labels, without duplicates."},"config":{"type":"object","additionalProperties":true,"description":"Free-form configuration.","default":{}}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err0 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema73.properties.name,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema73.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.name.type,parentSchema:schema73.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err3 = {instancePath:instancePath+"/description",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema73.properties.description,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/description",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.description.type,parentSchema:schema73.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.template !== undefined){
let data2 = data.template;
if(typeof data2 === "string"){
if(!(formats10.test(data2))){
const err5 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/template/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema73.properties.template,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.template.type,parentSchema:schema73.properties.template,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tags !== undefined){
let data3 = data.tags;
if(Array.isArray(data3)){
if(data3.length > 50){
const err7 = {instancePath:instancePath+"/tags",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/tags/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema73.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 50){
const err8 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema73.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data4) < 1){
const err9 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema73.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.tags.items.type,parentSchema:schema73.properties.tags.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/tags",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.properties.tags.type,parentSchema:schema73.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.config !== undefined){
let data5 = data.config;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
const err12 = {instancePath:instancePath+"/config",schemaPath:"contract#/components/schemas/PatchedAgentRequest/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.properties.config.type,parentSchema:schema73.properties.config,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"contract#/components/schemas/PatchedAgentRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":{"name":true,"description":true,"template":true,"tags":true,"config":true},"dynamicProps":false,"dynamicItems":false};

export const runAgent = validate51;
const schema74 = {"$ref":"contract#/components/schemas/AgentRunRequest"};
const schema75 = {"type":"object","description":"Start a run.","properties":{"input":{"type":"object","additionalProperties":true,"description":"Input handed to the agent.","default":{}}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.input !== undefined){
let data0 = data.input;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
}
else {
const err0 = {instancePath:instancePath+"/input",schemaPath:"contract#/components/schemas/AgentRunRequest/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.properties.input.type,parentSchema:schema75.properties.input,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"contract#/components/schemas/AgentRunRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"input":true},"dynamicProps":false,"dynamicItems":false};

export const tagAgent = validate52;
const schema76 = {"$ref":"contract#/components/schemas/AgentTagRequest"};
const schema77 = {"type":"object","description":"Tags to add (existing ones are kept, duplicates ignored).","required":["tags"],"properties":{"tags":{"type":"array","minItems":1,"maxItems":50,"items":{"type":"string","minLength":1,"maxLength":50}}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tags === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/AgentTagRequest/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tags !== undefined){
let data0 = data.tags;
if(Array.isArray(data0)){
if(data0.length > 50){
const err1 = {instancePath:instancePath+"/tags",schemaPath:"contract#/components/schemas/AgentTagRequest/properties/tags/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema77.properties.tags,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/tags",schemaPath:"contract#/components/schemas/AgentTagRequest/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema77.properties.tags,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func1(data1) > 50){
const err3 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/AgentTagRequest/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema77.properties.tags.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/AgentTagRequest/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.tags.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"contract#/components/schemas/AgentTagRequest/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.tags.items.type,parentSchema:schema77.properties.tags.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/tags",schemaPath:"contract#/components/schemas/AgentTagRequest/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.tags.type,parentSchema:schema77.properties.tags,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"contract#/components/schemas/AgentTagRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"tags":true},"dynamicProps":false,"dynamicItems":false};

export const createTrace = validate53;
const schema78 = {"$ref":"contract#/components/schemas/TraceRequest"};
const schema79 = {"type":"object","description":"Body to create or replace a trace.","required":["agent","name"],"properties":{"agent":{"type":"string","format":"uuid","description":"The agent traced (same organization)."},"run":{"type":["string","null"],"format":"uuid","description":"The run, if any.","default":null},"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"status":{"$ref":"#/components/schemas/TraceStatus","default":"running"},"spans":{"type":"array","maxItems":1000,"items":{"$ref":"#/components/schemas/Span"},"default":[],"description":"The steps, in order."},"metadata":{"type":"object","additionalProperties":true,"description":"Free-form metadata.","default":{}},"started_at":{"type":"string","format":"date-time","description":"When it started; defaults to now."},"ended_at":{"type":["string","null"],"format":"date-time","description":"When it ended.","default":null}}};
const schema80 = {"type":"string","enum":["running","ok","error"],"description":"Outcome of a trace."};
const schema81 = {"type":"object","description":"One timed step of a trace.","required":["name","started_at"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"started_at":{"type":"string","format":"date-time","description":"When it started."},"ended_at":{"type":["string","null"],"format":"date-time","description":"When it ended.","default":null},"attributes":{"type":"object","additionalProperties":true,"description":"Key/value details.","default":{}}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agent === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent"},message:"must have required property '"+"agent"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.agent !== undefined){
let data0 = data.agent;
if(typeof data0 === "string"){
if(!(formats10.test(data0))){
const err2 = {instancePath:instancePath+"/agent",schemaPath:"#/properties/agent/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema79.properties.agent,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/agent",schemaPath:"#/properties/agent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.agent.type,parentSchema:schema79.properties.agent,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: schema79.properties.run.type},message:"must be string,null",schema:schema79.properties.run.type,parentSchema:schema79.properties.run,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats10.test(data1))){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema79.properties.run,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema79.properties.name,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema79.properties.name,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.name.type,parentSchema:schema79.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/TraceStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.type,parentSchema:schema80,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data3 === "running") || (data3 === "ok")) || (data3 === "error"))){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/TraceStatus/enum",keyword:"enum",params:{allowedValues: schema80.enum},message:"must be equal to one of the allowed values",schema:schema80.enum,parentSchema:schema80,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.spans !== undefined){
let data4 = data.spans;
if(Array.isArray(data4)){
if(data4.length > 1000){
const err11 = {instancePath:instancePath+"/spans",schemaPath:"#/properties/spans/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema79.properties.spans,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name === undefined){
const err12 = {instancePath:instancePath+"/spans/" + i0,schemaPath:"#/components/schemas/Span/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema81.required,parentSchema:schema81,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.started_at === undefined){
const err13 = {instancePath:instancePath+"/spans/" + i0,schemaPath:"#/components/schemas/Span/required",keyword:"required",params:{missingProperty: "started_at"},message:"must have required property '"+"started_at"+"'",schema:schema81.required,parentSchema:schema81,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.name !== undefined){
let data6 = data5.name;
if(typeof data6 === "string"){
if(func1(data6) > 200){
const err14 = {instancePath:instancePath+"/spans/" + i0+"/name",schemaPath:"#/components/schemas/Span/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema81.properties.name,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/spans/" + i0+"/name",schemaPath:"#/components/schemas/Span/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema81.properties.name,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/spans/" + i0+"/name",schemaPath:"#/components/schemas/Span/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.name.type,parentSchema:schema81.properties.name,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.started_at !== undefined){
let data7 = data5.started_at;
if(typeof data7 === "string"){
if(!(formats6(data7))){
const err17 = {instancePath:instancePath+"/spans/" + i0+"/started_at",schemaPath:"#/components/schemas/Span/properties/started_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema81.properties.started_at,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/spans/" + i0+"/started_at",schemaPath:"#/components/schemas/Span/properties/started_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.started_at.type,parentSchema:schema81.properties.started_at,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.ended_at !== undefined){
let data8 = data5.ended_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err19 = {instancePath:instancePath+"/spans/" + i0+"/ended_at",schemaPath:"#/components/schemas/Span/properties/ended_at/type",keyword:"type",params:{type: schema81.properties.ended_at.type},message:"must be string,null",schema:schema81.properties.ended_at.type,parentSchema:schema81.properties.ended_at,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats6(data8))){
const err20 = {instancePath:instancePath+"/spans/" + i0+"/ended_at",schemaPath:"#/components/schemas/Span/properties/ended_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema81.properties.ended_at,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data5.attributes !== undefined){
let data9 = data5.attributes;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
const err21 = {instancePath:instancePath+"/spans/" + i0+"/attributes",schemaPath:"#/components/schemas/Span/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.properties.attributes.type,parentSchema:schema81.properties.attributes,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/spans/" + i0,schemaPath:"#/components/schemas/Span/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/spans",schemaPath:"#/properties/spans/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.properties.spans.type,parentSchema:schema79.properties.spans,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.metadata !== undefined){
let data10 = data.metadata;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
const err24 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.properties.metadata.type,parentSchema:schema79.properties.metadata,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.started_at !== undefined){
let data11 = data.started_at;
if(typeof data11 === "string"){
if(!(formats6(data11))){
const err25 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema79.properties.started_at,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.started_at.type,parentSchema:schema79.properties.started_at,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.ended_at !== undefined){
let data12 = data.ended_at;
if((typeof data12 !== "string") && (data12 !== null)){
const err27 = {instancePath:instancePath+"/ended_at",schemaPath:"#/properties/ended_at/type",keyword:"type",params:{type: schema79.properties.ended_at.type},message:"must be string,null",schema:schema79.properties.ended_at.type,parentSchema:schema79.properties.ended_at,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data12 === "string"){
if(!(formats6(data12))){
const err28 = {instancePath:instancePath+"/ended_at",schemaPath:"#/properties/ended_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema79.properties.ended_at,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"agent":true,"run":true,"name":true,"status":true,"spans":true,"metadata":true,"started_at":true,"ended_at":true},"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"agent":true,"run":true,"name":true,"status":true,"spans":true,"metadata":true,"started_at":true,"ended_at":true},"dynamicProps":false,"dynamicItems":false};

export const updateTrace = validate56;
const schema82 = {"$ref":"contract#/components/schemas/PatchedTraceRequest"};
const schema83 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"agent":{"type":"string","format":"uuid","description":"The agent traced (same organization)."},"run":{"type":["string","null"],"format":"uuid","description":"The run, if any.","default":null},"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"status":{"$ref":"#/components/schemas/TraceStatus","default":"running"},"spans":{"type":"array","maxItems":1000,"items":{"$ref":"#/components/schemas/Span"},"default":[],"description":"The steps, in order."},"metadata":{"type":"object","additionalProperties":true,"description":"Free-form metadata.","default":{}},"started_at":{"type":"string","format":"date-time","description":"When it started; defaults to now."},"ended_at":{"type":["string","null"],"format":"date-time","description":"When it ended.","default":null}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agent !== undefined){
let data0 = data.agent;
if(typeof data0 === "string"){
if(!(formats10.test(data0))){
const err0 = {instancePath:instancePath+"/agent",schemaPath:"#/properties/agent/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema83.properties.agent,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/agent",schemaPath:"#/properties/agent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.agent.type,parentSchema:schema83.properties.agent,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: schema83.properties.run.type},message:"must be string,null",schema:schema83.properties.run.type,parentSchema:schema83.properties.run,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats10.test(data1))){
const err3 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema83.properties.run,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema83.properties.name,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func1(data2) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.name,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.name.type,parentSchema:schema83.properties.name,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/TraceStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.type,parentSchema:schema80,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data3 === "running") || (data3 === "ok")) || (data3 === "error"))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/TraceStatus/enum",keyword:"enum",params:{allowedValues: schema80.enum},message:"must be equal to one of the allowed values",schema:schema80.enum,parentSchema:schema80,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.spans !== undefined){
let data4 = data.spans;
if(Array.isArray(data4)){
if(data4.length > 1000){
const err9 = {instancePath:instancePath+"/spans",schemaPath:"#/properties/spans/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema83.properties.spans,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name === undefined){
const err10 = {instancePath:instancePath+"/spans/" + i0,schemaPath:"#/components/schemas/Span/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema81.required,parentSchema:schema81,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.started_at === undefined){
const err11 = {instancePath:instancePath+"/spans/" + i0,schemaPath:"#/components/schemas/Span/required",keyword:"required",params:{missingProperty: "started_at"},message:"must have required property '"+"started_at"+"'",schema:schema81.required,parentSchema:schema81,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.name !== undefined){
let data6 = data5.name;
if(typeof data6 === "string"){
if(func1(data6) > 200){
const err12 = {instancePath:instancePath+"/spans/" + i0+"/name",schemaPath:"#/components/schemas/Span/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema81.properties.name,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data6) < 1){
const err13 = {instancePath:instancePath+"/spans/" + i0+"/name",schemaPath:"#/components/schemas/Span/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema81.properties.name,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/spans/" + i0+"/name",schemaPath:"#/components/schemas/Span/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.name.type,parentSchema:schema81.properties.name,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.started_at !== undefined){
let data7 = data5.started_at;
if(typeof data7 === "string"){
if(!(formats6(data7))){
const err15 = {instancePath:instancePath+"/spans/" + i0+"/started_at",schemaPath:"#/components/schemas/Span/properties/started_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema81.properties.started_at,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/spans/" + i0+"/started_at",schemaPath:"#/components/schemas/Span/properties/started_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.started_at.type,parentSchema:schema81.properties.started_at,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.ended_at !== undefined){
let data8 = data5.ended_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err17 = {instancePath:instancePath+"/spans/" + i0+"/ended_at",schemaPath:"#/components/schemas/Span/properties/ended_at/type",keyword:"type",params:{type: schema81.properties.ended_at.type},message:"must be string,null",schema:schema81.properties.ended_at.type,parentSchema:schema81.properties.ended_at,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats6(data8))){
const err18 = {instancePath:instancePath+"/spans/" + i0+"/ended_at",schemaPath:"#/components/schemas/Span/properties/ended_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema81.properties.ended_at,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.attributes !== undefined){
let data9 = data5.attributes;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
const err19 = {instancePath:instancePath+"/spans/" + i0+"/attributes",schemaPath:"#/components/schemas/Span/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.properties.attributes.type,parentSchema:schema81.properties.attributes,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/spans/" + i0,schemaPath:"#/components/schemas/Span/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/spans",schemaPath:"#/properties/spans/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.spans.type,parentSchema:schema83.properties.spans,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.metadata !== undefined){
let data10 = data.metadata;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
const err22 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.metadata.type,parentSchema:schema83.properties.metadata,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.started_at !== undefined){
let data11 = data.started_at;
if(typeof data11 === "string"){
if(!(formats6(data11))){
const err23 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema83.properties.started_at,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.started_at.type,parentSchema:schema83.properties.started_at,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.ended_at !== undefined){
let data12 = data.ended_at;
if((typeof data12 !== "string") && (data12 !== null)){
const err25 = {instancePath:instancePath+"/ended_at",schemaPath:"#/properties/ended_at/type",keyword:"type",params:{type: schema83.properties.ended_at.type},message:"must be string,null",schema:schema83.properties.ended_at.type,parentSchema:schema83.properties.ended_at,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data12 === "string"){
if(!(formats6(data12))){
const err26 = {instancePath:instancePath+"/ended_at",schemaPath:"#/properties/ended_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema83.properties.ended_at,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"agent":true,"run":true,"name":true,"status":true,"spans":true,"metadata":true,"started_at":true,"ended_at":true},"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"agent":true,"run":true,"name":true,"status":true,"spans":true,"metadata":true,"started_at":true,"ended_at":true},"dynamicProps":false,"dynamicItems":false};

export const createAdapter = validate59;
const schema86 = {"$ref":"contract#/components/schemas/AdapterRequest"};
const schema87 = {"type":"object","description":"Create a custom adapter.","required":["name","kind"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"kind":{"type":"string","pattern":"^[a-z][a-z0-9_-]*$","maxLength":50,"description":"What the adapter connects to, e.g. `state`, `http`, `email`."},"description":{"type":"string","maxLength":2000,"default":"","description":"Free-form description."},"config_schema":{"type":"object","additionalProperties":true,"description":"JSON Schema of the configuration an adapter config must provide.","default":{}}}};
const pattern4 = new RegExp("^[a-z][a-z0-9_-]*$", "u");

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/AdapterRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"contract#/components/schemas/AdapterRequest/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/AdapterRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema87.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/AdapterRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/AdapterRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.name.type,parentSchema:schema87.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 === "string"){
if(func1(data1) > 50){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"contract#/components/schemas/AdapterRequest/properties/kind/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema87.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"contract#/components/schemas/AdapterRequest/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_-]*$"+"\"",schema:"^[a-z][a-z0-9_-]*$",parentSchema:schema87.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/kind",schemaPath:"contract#/components/schemas/AdapterRequest/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.kind.type,parentSchema:schema87.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func1(data2) > 2000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"contract#/components/schemas/AdapterRequest/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema87.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"contract#/components/schemas/AdapterRequest/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.description.type,parentSchema:schema87.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.config_schema !== undefined){
let data3 = data.config_schema;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err10 = {instancePath:instancePath+"/config_schema",schemaPath:"contract#/components/schemas/AdapterRequest/properties/config_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.config_schema.type,parentSchema:schema87.properties.config_schema,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"contract#/components/schemas/AdapterRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"name":true,"kind":true,"description":true,"config_schema":true},"dynamicProps":false,"dynamicItems":false};

export const createAdapterConfig = validate60;
const schema88 = {"$ref":"contract#/components/schemas/AdapterConfigRequest"};
const schema89 = {"type":"object","description":"Body to create or replace an adapter config.","required":["template","adapter"],"properties":{"template":{"type":"string","format":"uuid","description":"The template (same organization)."},"adapter":{"type":"string","format":"uuid","description":"The adapter (built-in or the organization's own)."},"config":{"type":"object","additionalProperties":true,"description":"Free-form configuration.","default":{}},"enabled":{"type":"boolean","default":true,"description":"Whether agents of the template use it."}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.template === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/AdapterConfigRequest/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema89.required,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.adapter === undefined){
const err1 = {instancePath,schemaPath:"contract#/components/schemas/AdapterConfigRequest/required",keyword:"required",params:{missingProperty: "adapter"},message:"must have required property '"+"adapter"+"'",schema:schema89.required,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.template !== undefined){
let data0 = data.template;
if(typeof data0 === "string"){
if(!(formats10.test(data0))){
const err2 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/template/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema89.properties.template,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.template.type,parentSchema:schema89.properties.template,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.adapter !== undefined){
let data1 = data.adapter;
if(typeof data1 === "string"){
if(!(formats10.test(data1))){
const err4 = {instancePath:instancePath+"/adapter",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/adapter/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema89.properties.adapter,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/adapter",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/adapter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.adapter.type,parentSchema:schema89.properties.adapter,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.config !== undefined){
let data2 = data.config;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err6 = {instancePath:instancePath+"/config",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.properties.config.type,parentSchema:schema89.properties.config,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.enabled !== undefined){
let data3 = data.enabled;
if(typeof data3 !== "boolean"){
const err7 = {instancePath:instancePath+"/enabled",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema89.properties.enabled.type,parentSchema:schema89.properties.enabled,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"contract#/components/schemas/AdapterConfigRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.type,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"template":true,"adapter":true,"config":true,"enabled":true},"dynamicProps":false,"dynamicItems":false};

export const replaceAdapterConfig = validate61;
const schema90 = {"$ref":"contract#/components/schemas/AdapterConfigRequest"};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.template === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/AdapterConfigRequest/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema89.required,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.adapter === undefined){
const err1 = {instancePath,schemaPath:"contract#/components/schemas/AdapterConfigRequest/required",keyword:"required",params:{missingProperty: "adapter"},message:"must have required property '"+"adapter"+"'",schema:schema89.required,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.template !== undefined){
let data0 = data.template;
if(typeof data0 === "string"){
if(!(formats10.test(data0))){
const err2 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/template/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema89.properties.template,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.template.type,parentSchema:schema89.properties.template,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.adapter !== undefined){
let data1 = data.adapter;
if(typeof data1 === "string"){
if(!(formats10.test(data1))){
const err4 = {instancePath:instancePath+"/adapter",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/adapter/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema89.properties.adapter,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/adapter",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/adapter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.adapter.type,parentSchema:schema89.properties.adapter,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.config !== undefined){
let data2 = data.config;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err6 = {instancePath:instancePath+"/config",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.properties.config.type,parentSchema:schema89.properties.config,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.enabled !== undefined){
let data3 = data.enabled;
if(typeof data3 !== "boolean"){
const err7 = {instancePath:instancePath+"/enabled",schemaPath:"contract#/components/schemas/AdapterConfigRequest/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema89.properties.enabled.type,parentSchema:schema89.properties.enabled,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"contract#/components/schemas/AdapterConfigRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.type,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":{"template":true,"adapter":true,"config":true,"enabled":true},"dynamicProps":false,"dynamicItems":false};

export const updateAdapterConfig = validate62;
const schema92 = {"$ref":"contract#/components/schemas/PatchedAdapterConfigRequest"};
const schema93 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"template":{"type":"string","format":"uuid","description":"The template (same organization)."},"adapter":{"type":"string","format":"uuid","description":"The adapter (built-in or the organization's own)."},"config":{"type":"object","additionalProperties":true,"description":"Free-form configuration.","default":{}},"enabled":{"type":"boolean","default":true,"description":"Whether agents of the template use it."}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.template !== undefined){
let data0 = data.template;
if(typeof data0 === "string"){
if(!(formats10.test(data0))){
const err0 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/PatchedAdapterConfigRequest/properties/template/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema93.properties.template,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/template",schemaPath:"contract#/components/schemas/PatchedAdapterConfigRequest/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.template.type,parentSchema:schema93.properties.template,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.adapter !== undefined){
let data1 = data.adapter;
if(typeof data1 === "string"){
if(!(formats10.test(data1))){
const err2 = {instancePath:instancePath+"/adapter",schemaPath:"contract#/components/schemas/PatchedAdapterConfigRequest/properties/adapter/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema93.properties.adapter,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/adapter",schemaPath:"contract#/components/schemas/PatchedAdapterConfigRequest/properties/adapter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.adapter.type,parentSchema:schema93.properties.adapter,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.config !== undefined){
let data2 = data.config;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err4 = {instancePath:instancePath+"/config",schemaPath:"contract#/components/schemas/PatchedAdapterConfigRequest/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.config.type,parentSchema:schema93.properties.config,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.enabled !== undefined){
let data3 = data.enabled;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/enabled",schemaPath:"contract#/components/schemas/PatchedAdapterConfigRequest/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema93.properties.enabled.type,parentSchema:schema93.properties.enabled,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"contract#/components/schemas/PatchedAdapterConfigRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":{"template":true,"adapter":true,"config":true,"enabled":true},"dynamicProps":false,"dynamicItems":false};

export const createContact = validate63;
const schema94 = {"$ref":"contract#/components/schemas/ContactRequest"};
const schema95 = {"type":"object","description":"Body to create or replace a contact.","required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"email":{"type":["string","null"],"format":"email","maxLength":254,"default":null,"description":"Email address, if known."},"phone":{"type":"string","maxLength":50,"default":"","description":"Phone number, if known."},"metadata":{"type":"object","additionalProperties":true,"description":"Free-form metadata.","default":{}}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/ContactRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/ContactRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema95.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/ContactRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema95.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/ContactRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.properties.name.type,parentSchema:schema95.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.email !== undefined){
let data1 = data.email;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/ContactRequest/properties/email/type",keyword:"type",params:{type: schema95.properties.email.type},message:"must be string,null",schema:schema95.properties.email.type,parentSchema:schema95.properties.email,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) > 254){
const err5 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/ContactRequest/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema95.properties.email,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0(data1))){
const err6 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/ContactRequest/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema95.properties.email,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.phone !== undefined){
let data2 = data.phone;
if(typeof data2 === "string"){
if(func1(data2) > 50){
const err7 = {instancePath:instancePath+"/phone",schemaPath:"contract#/components/schemas/ContactRequest/properties/phone/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema95.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/phone",schemaPath:"contract#/components/schemas/ContactRequest/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.properties.phone.type,parentSchema:schema95.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data3 = data.metadata;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"contract#/components/schemas/ContactRequest/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.properties.metadata.type,parentSchema:schema95.properties.metadata,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"contract#/components/schemas/ContactRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"name":true,"email":true,"phone":true,"metadata":true},"dynamicProps":false,"dynamicItems":false};

export const replaceContact = validate64;
const schema96 = {"$ref":"contract#/components/schemas/ContactRequest"};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/ContactRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/ContactRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema95.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/ContactRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema95.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/ContactRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.properties.name.type,parentSchema:schema95.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.email !== undefined){
let data1 = data.email;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/ContactRequest/properties/email/type",keyword:"type",params:{type: schema95.properties.email.type},message:"must be string,null",schema:schema95.properties.email.type,parentSchema:schema95.properties.email,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) > 254){
const err5 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/ContactRequest/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema95.properties.email,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0(data1))){
const err6 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/ContactRequest/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema95.properties.email,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.phone !== undefined){
let data2 = data.phone;
if(typeof data2 === "string"){
if(func1(data2) > 50){
const err7 = {instancePath:instancePath+"/phone",schemaPath:"contract#/components/schemas/ContactRequest/properties/phone/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema95.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/phone",schemaPath:"contract#/components/schemas/ContactRequest/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.properties.phone.type,parentSchema:schema95.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data3 = data.metadata;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"contract#/components/schemas/ContactRequest/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.properties.metadata.type,parentSchema:schema95.properties.metadata,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"contract#/components/schemas/ContactRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":{"name":true,"email":true,"phone":true,"metadata":true},"dynamicProps":false,"dynamicItems":false};

export const updateContact = validate65;
const schema98 = {"$ref":"contract#/components/schemas/PatchedContactRequest"};
const schema99 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"email":{"type":["string","null"],"format":"email","maxLength":254,"default":null,"description":"Email address, if known."},"phone":{"type":"string","maxLength":50,"default":"","description":"Phone number, if known."},"metadata":{"type":"object","additionalProperties":true,"description":"Free-form metadata.","default":{}}}};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err0 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedContactRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema99.properties.name,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedContactRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"contract#/components/schemas/PatchedContactRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.name.type,parentSchema:schema99.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
let data1 = data.email;
if((typeof data1 !== "string") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/PatchedContactRequest/properties/email/type",keyword:"type",params:{type: schema99.properties.email.type},message:"must be string,null",schema:schema99.properties.email.type,parentSchema:schema99.properties.email,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) > 254){
const err4 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/PatchedContactRequest/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema99.properties.email,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats0(data1))){
const err5 = {instancePath:instancePath+"/email",schemaPath:"contract#/components/schemas/PatchedContactRequest/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema99.properties.email,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.phone !== undefined){
let data2 = data.phone;
if(typeof data2 === "string"){
if(func1(data2) > 50){
const err6 = {instancePath:instancePath+"/phone",schemaPath:"contract#/components/schemas/PatchedContactRequest/properties/phone/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema99.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/phone",schemaPath:"contract#/components/schemas/PatchedContactRequest/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.phone.type,parentSchema:schema99.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.metadata !== undefined){
let data3 = data.metadata;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"contract#/components/schemas/PatchedContactRequest/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.metadata.type,parentSchema:schema99.properties.metadata,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"contract#/components/schemas/PatchedContactRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":{"name":true,"email":true,"phone":true,"metadata":true},"dynamicProps":false,"dynamicItems":false};

export const createMessage = validate66;
const schema100 = {"$ref":"contract#/components/schemas/MessageRequest"};
const schema101 = {"type":"object","description":"Body to create or replace a message.","required":["contact"],"properties":{"contact":{"type":"string","format":"uuid","description":"The contact (same organization)."},"channel":{"$ref":"#/components/schemas/Channel","default":"chat"},"direction":{"$ref":"#/components/schemas/Direction","default":"outbound"},"body":{"type":"string","maxLength":100000,"default":"","description":"Message text."},"sent_at":{"type":"string","format":"date-time","description":"When it was sent; defaults to now."}}};
const schema102 = {"type":"string","enum":["email","sms","chat","voice"],"description":"Channel a message travelled on."};
const schema103 = {"type":"string","enum":["inbound","outbound"],"description":"Whether the contact sent the message (`inbound`) or received it (`outbound`)."};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contact === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contact"},message:"must have required property '"+"contact"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.contact !== undefined){
let data0 = data.contact;
if(typeof data0 === "string"){
if(!(formats10.test(data0))){
const err1 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema101.properties.contact,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.contact.type,parentSchema:schema101.properties.contact,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.channel !== undefined){
let data1 = data.channel;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/components/schemas/Channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data1 === "email") || (data1 === "sms")) || (data1 === "chat")) || (data1 === "voice"))){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/components/schemas/Channel/enum",keyword:"enum",params:{allowedValues: schema102.enum},message:"must be equal to one of the allowed values",schema:schema102.enum,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.direction !== undefined){
let data2 = data.direction;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/direction",schemaPath:"#/components/schemas/Direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.type,parentSchema:schema103,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data2 === "inbound") || (data2 === "outbound"))){
const err6 = {instancePath:instancePath+"/direction",schemaPath:"#/components/schemas/Direction/enum",keyword:"enum",params:{allowedValues: schema103.enum},message:"must be equal to one of the allowed values",schema:schema103.enum,parentSchema:schema103,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.body !== undefined){
let data3 = data.body;
if(typeof data3 === "string"){
if(func1(data3) > 100000){
const err7 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema101.properties.body,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.body.type,parentSchema:schema101.properties.body,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sent_at !== undefined){
let data4 = data.sent_at;
if(typeof data4 === "string"){
if(!(formats6(data4))){
const err9 = {instancePath:instancePath+"/sent_at",schemaPath:"#/properties/sent_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema101.properties.sent_at,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/sent_at",schemaPath:"#/properties/sent_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.sent_at.type,parentSchema:schema101.properties.sent_at,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":{"contact":true,"channel":true,"direction":true,"body":true,"sent_at":true},"dynamicProps":false,"dynamicItems":false};


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":{"contact":true,"channel":true,"direction":true,"body":true,"sent_at":true},"dynamicProps":false,"dynamicItems":false};

export const replaceMessage = validate69;
const schema104 = {"$ref":"contract#/components/schemas/MessageRequest"};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contact === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contact"},message:"must have required property '"+"contact"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.contact !== undefined){
let data0 = data.contact;
if(typeof data0 === "string"){
if(!(formats10.test(data0))){
const err1 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema101.properties.contact,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.contact.type,parentSchema:schema101.properties.contact,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.channel !== undefined){
let data1 = data.channel;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/components/schemas/Channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data1 === "email") || (data1 === "sms")) || (data1 === "chat")) || (data1 === "voice"))){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/components/schemas/Channel/enum",keyword:"enum",params:{allowedValues: schema102.enum},message:"must be equal to one of the allowed values",schema:schema102.enum,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.direction !== undefined){
let data2 = data.direction;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/direction",schemaPath:"#/components/schemas/Direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.type,parentSchema:schema103,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data2 === "inbound") || (data2 === "outbound"))){
const err6 = {instancePath:instancePath+"/direction",schemaPath:"#/components/schemas/Direction/enum",keyword:"enum",params:{allowedValues: schema103.enum},message:"must be equal to one of the allowed values",schema:schema103.enum,parentSchema:schema103,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.body !== undefined){
let data3 = data.body;
if(typeof data3 === "string"){
if(func1(data3) > 100000){
const err7 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema101.properties.body,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.body.type,parentSchema:schema101.properties.body,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sent_at !== undefined){
let data4 = data.sent_at;
if(typeof data4 === "string"){
if(!(formats6(data4))){
const err9 = {instancePath:instancePath+"/sent_at",schemaPath:"#/properties/sent_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema101.properties.sent_at,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/sent_at",schemaPath:"#/properties/sent_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.sent_at.type,parentSchema:schema101.properties.sent_at,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":{"contact":true,"channel":true,"direction":true,"body":true,"sent_at":true},"dynamicProps":false,"dynamicItems":false};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"contact":true,"channel":true,"direction":true,"body":true,"sent_at":true},"dynamicProps":false,"dynamicItems":false};

export const updateMessage = validate72;
const schema108 = {"$ref":"contract#/components/schemas/PatchedMessageRequest"};
const schema109 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"contact":{"type":"string","format":"uuid","description":"The contact (same organization)."},"channel":{"$ref":"#/components/schemas/Channel","default":"chat"},"direction":{"$ref":"#/components/schemas/Direction","default":"outbound"},"body":{"type":"string","maxLength":100000,"default":"","description":"Message text."},"sent_at":{"type":"string","format":"date-time","description":"When it was sent; defaults to now."}}};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contact !== undefined){
let data0 = data.contact;
if(typeof data0 === "string"){
if(!(formats10.test(data0))){
const err0 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema109.properties.contact,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema109.properties.contact.type,parentSchema:schema109.properties.contact,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.channel !== undefined){
let data1 = data.channel;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/channel",schemaPath:"#/components/schemas/Channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data1 === "email") || (data1 === "sms")) || (data1 === "chat")) || (data1 === "voice"))){
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/components/schemas/Channel/enum",keyword:"enum",params:{allowedValues: schema102.enum},message:"must be equal to one of the allowed values",schema:schema102.enum,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.direction !== undefined){
let data2 = data.direction;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/direction",schemaPath:"#/components/schemas/Direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.type,parentSchema:schema103,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data2 === "inbound") || (data2 === "outbound"))){
const err5 = {instancePath:instancePath+"/direction",schemaPath:"#/components/schemas/Direction/enum",keyword:"enum",params:{allowedValues: schema103.enum},message:"must be equal to one of the allowed values",schema:schema103.enum,parentSchema:schema103,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.body !== undefined){
let data3 = data.body;
if(typeof data3 === "string"){
if(func1(data3) > 100000){
const err6 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema109.properties.body,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema109.properties.body.type,parentSchema:schema109.properties.body,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.sent_at !== undefined){
let data4 = data.sent_at;
if(typeof data4 === "string"){
if(!(formats6(data4))){
const err8 = {instancePath:instancePath+"/sent_at",schemaPath:"#/properties/sent_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema109.properties.sent_at,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/sent_at",schemaPath:"#/properties/sent_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema109.properties.sent_at.type,parentSchema:schema109.properties.sent_at,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema109.type,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":{"contact":true,"channel":true,"direction":true,"body":true,"sent_at":true},"dynamicProps":false,"dynamicItems":false};


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate73(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":{"contact":true,"channel":true,"direction":true,"body":true,"sent_at":true},"dynamicProps":false,"dynamicItems":false};

export const createDocument = validate75;
const schema112 = {"$ref":"contract#/components/schemas/DocumentRequest"};
const schema113 = {"type":"object","description":"Body to create or replace a document.","required":["title"],"properties":{"title":{"type":"string","minLength":1,"maxLength":200,"description":"Title."},"content":{"type":"string","maxLength":100000,"default":"","description":"Text content."},"mime_type":{"type":"string","default":"text/plain","maxLength":100,"description":"Media type of `content`."},"project":{"type":["string","null"],"format":"uuid","description":"The project it belongs to, if any (same organization).","default":null}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/DocumentRequest/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/title",schemaPath:"contract#/components/schemas/DocumentRequest/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema113.properties.title,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"contract#/components/schemas/DocumentRequest/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema113.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"contract#/components/schemas/DocumentRequest/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.title.type,parentSchema:schema113.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.content !== undefined){
let data1 = data.content;
if(typeof data1 === "string"){
if(func1(data1) > 100000){
const err4 = {instancePath:instancePath+"/content",schemaPath:"contract#/components/schemas/DocumentRequest/properties/content/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema113.properties.content,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/content",schemaPath:"contract#/components/schemas/DocumentRequest/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.content.type,parentSchema:schema113.properties.content,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.mime_type !== undefined){
let data2 = data.mime_type;
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err6 = {instancePath:instancePath+"/mime_type",schemaPath:"contract#/components/schemas/DocumentRequest/properties/mime_type/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema113.properties.mime_type,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/mime_type",schemaPath:"contract#/components/schemas/DocumentRequest/properties/mime_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.mime_type.type,parentSchema:schema113.properties.mime_type,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.project !== undefined){
let data3 = data.project;
if((typeof data3 !== "string") && (data3 !== null)){
const err8 = {instancePath:instancePath+"/project",schemaPath:"contract#/components/schemas/DocumentRequest/properties/project/type",keyword:"type",params:{type: schema113.properties.project.type},message:"must be string,null",schema:schema113.properties.project.type,parentSchema:schema113.properties.project,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data3 === "string"){
if(!(formats10.test(data3))){
const err9 = {instancePath:instancePath+"/project",schemaPath:"contract#/components/schemas/DocumentRequest/properties/project/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema113.properties.project,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"contract#/components/schemas/DocumentRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.type,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":{"title":true,"content":true,"mime_type":true,"project":true},"dynamicProps":false,"dynamicItems":false};

export const replaceDocument = validate76;
const schema114 = {"$ref":"contract#/components/schemas/DocumentRequest"};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"contract#/components/schemas/DocumentRequest/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/title",schemaPath:"contract#/components/schemas/DocumentRequest/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema113.properties.title,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"contract#/components/schemas/DocumentRequest/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema113.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"contract#/components/schemas/DocumentRequest/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.title.type,parentSchema:schema113.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.content !== undefined){
let data1 = data.content;
if(typeof data1 === "string"){
if(func1(data1) > 100000){
const err4 = {instancePath:instancePath+"/content",schemaPath:"contract#/components/schemas/DocumentRequest/properties/content/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema113.properties.content,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/content",schemaPath:"contract#/components/schemas/DocumentRequest/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.content.type,parentSchema:schema113.properties.content,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.mime_type !== undefined){
let data2 = data.mime_type;
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err6 = {instancePath:instancePath+"/mime_type",schemaPath:"contract#/components/schemas/DocumentRequest/properties/mime_type/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema113.properties.mime_type,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/mime_type",schemaPath:"contract#/components/schemas/DocumentRequest/properties/mime_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.mime_type.type,parentSchema:schema113.properties.mime_type,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.project !== undefined){
let data3 = data.project;
if((typeof data3 !== "string") && (data3 !== null)){
const err8 = {instancePath:instancePath+"/project",schemaPath:"contract#/components/schemas/DocumentRequest/properties/project/type",keyword:"type",params:{type: schema113.properties.project.type},message:"must be string,null",schema:schema113.properties.project.type,parentSchema:schema113.properties.project,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data3 === "string"){
if(!(formats10.test(data3))){
const err9 = {instancePath:instancePath+"/project",schemaPath:"contract#/components/schemas/DocumentRequest/properties/project/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema113.properties.project,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"contract#/components/schemas/DocumentRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.type,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":{"title":true,"content":true,"mime_type":true,"project":true},"dynamicProps":false,"dynamicItems":false};

export const updateDocument = validate77;
const schema116 = {"$ref":"contract#/components/schemas/PatchedDocumentRequest"};
const schema117 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"title":{"type":"string","minLength":1,"maxLength":200,"description":"Title."},"content":{"type":"string","maxLength":100000,"default":"","description":"Text content."},"mime_type":{"type":"string","default":"text/plain","maxLength":100,"description":"Media type of `content`."},"project":{"type":["string","null"],"format":"uuid","description":"The project it belongs to, if any (same organization).","default":null}}};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err0 = {instancePath:instancePath+"/title",schemaPath:"contract#/components/schemas/PatchedDocumentRequest/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema117.properties.title,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/title",schemaPath:"contract#/components/schemas/PatchedDocumentRequest/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema117.properties.title,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/title",schemaPath:"contract#/components/schemas/PatchedDocumentRequest/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.properties.title.type,parentSchema:schema117.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.content !== undefined){
let data1 = data.content;
if(typeof data1 === "string"){
if(func1(data1) > 100000){
const err3 = {instancePath:instancePath+"/content",schemaPath:"contract#/components/schemas/PatchedDocumentRequest/properties/content/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema117.properties.content,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/content",schemaPath:"contract#/components/schemas/PatchedDocumentRequest/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.properties.content.type,parentSchema:schema117.properties.content,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mime_type !== undefined){
let data2 = data.mime_type;
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err5 = {instancePath:instancePath+"/mime_type",schemaPath:"contract#/components/schemas/PatchedDocumentRequest/properties/mime_type/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema117.properties.mime_type,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/mime_type",schemaPath:"contract#/components/schemas/PatchedDocumentRequest/properties/mime_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.properties.mime_type.type,parentSchema:schema117.properties.mime_type,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.project !== undefined){
let data3 = data.project;
if((typeof data3 !== "string") && (data3 !== null)){
const err7 = {instancePath:instancePath+"/project",schemaPath:"contract#/components/schemas/PatchedDocumentRequest/properties/project/type",keyword:"type",params:{type: schema117.properties.project.type},message:"must be string,null",schema:schema117.properties.project.type,parentSchema:schema117.properties.project,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data3 === "string"){
if(!(formats10.test(data3))){
const err8 = {instancePath:instancePath+"/project",schemaPath:"contract#/components/schemas/PatchedDocumentRequest/properties/project/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema117.properties.project,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"contract#/components/schemas/PatchedDocumentRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema117.type,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":{"title":true,"content":true,"mime_type":true,"project":true},"dynamicProps":false,"dynamicItems":false};

export const createProject = validate78;
const schema118 = {"$ref":"contract#/components/schemas/ProjectRequest"};
const schema119 = {"type":"object","description":"Body to create or replace a project.","required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"description":{"type":"string","maxLength":2000,"default":"","description":"Free-form description."},"status":{"$ref":"#/components/schemas/ProjectStatus","default":"active"}}};
const schema120 = {"type":"string","enum":["active","archived"],"description":"A project's state."};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema119.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema119.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema119.properties.name.type,parentSchema:schema119.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema119.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema119.properties.description.type,parentSchema:schema119.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ProjectStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.type,parentSchema:schema120,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data2 === "active") || (data2 === "archived"))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ProjectStatus/enum",keyword:"enum",params:{allowedValues: schema120.enum},message:"must be equal to one of the allowed values",schema:schema120.enum,parentSchema:schema120,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema119.type,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":{"name":true,"description":true,"status":true},"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":{"name":true,"description":true,"status":true},"dynamicProps":false,"dynamicItems":false};

export const replaceProject = validate81;
const schema121 = {"$ref":"contract#/components/schemas/ProjectRequest"};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema119.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema119.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema119.properties.name.type,parentSchema:schema119.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema119.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema119.properties.description.type,parentSchema:schema119.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ProjectStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.type,parentSchema:schema120,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data2 === "active") || (data2 === "archived"))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ProjectStatus/enum",keyword:"enum",params:{allowedValues: schema120.enum},message:"must be equal to one of the allowed values",schema:schema120.enum,parentSchema:schema120,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema119.type,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":{"name":true,"description":true,"status":true},"dynamicProps":false,"dynamicItems":false};


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate82(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":{"name":true,"description":true,"status":true},"dynamicProps":false,"dynamicItems":false};

export const updateProject = validate84;
const schema124 = {"$ref":"contract#/components/schemas/PatchedProjectRequest"};
const schema125 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name."},"description":{"type":"string","maxLength":2000,"default":"","description":"Free-form description."},"status":{"$ref":"#/components/schemas/ProjectStatus","default":"active"}}};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err0 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema125.properties.name,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema125.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.name.type,parentSchema:schema125.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema125.properties.description,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.description.type,parentSchema:schema125.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ProjectStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.type,parentSchema:schema120,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data2 === "active") || (data2 === "archived"))){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ProjectStatus/enum",keyword:"enum",params:{allowedValues: schema120.enum},message:"must be equal to one of the allowed values",schema:schema120.enum,parentSchema:schema120,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.type,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":{"name":true,"description":true,"status":true},"dynamicProps":false,"dynamicItems":false};


function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":{"name":true,"description":true,"status":true},"dynamicProps":false,"dynamicItems":false};

export const createNotification = validate87;
const schema127 = {"$ref":"contract#/components/schemas/NotificationRequest"};
const schema128 = {"type":"object","description":"Body to create or replace a notification.","required":["title"],"properties":{"title":{"type":"string","minLength":1,"maxLength":200,"description":"Title."},"body":{"type":"string","default":"","maxLength":10000,"description":"Text."},"level":{"$ref":"#/components/schemas/NotificationLevel","default":"info"},"read":{"type":"boolean","default":false,"description":"Whether it has been read."}}};
const schema129 = {"type":"string","enum":["info","warning","error"],"description":"How important a notification is."};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema128.required,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema128.properties.title,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema128.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.title.type,parentSchema:schema128.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.body !== undefined){
let data1 = data.body;
if(typeof data1 === "string"){
if(func1(data1) > 10000){
const err4 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema128.properties.body,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.body.type,parentSchema:schema128.properties.body,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.level !== undefined){
let data2 = data.level;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/level",schemaPath:"#/components/schemas/NotificationLevel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema129.type,parentSchema:schema129,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data2 === "info") || (data2 === "warning")) || (data2 === "error"))){
const err7 = {instancePath:instancePath+"/level",schemaPath:"#/components/schemas/NotificationLevel/enum",keyword:"enum",params:{allowedValues: schema129.enum},message:"must be equal to one of the allowed values",schema:schema129.enum,parentSchema:schema129,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.read !== undefined){
let data3 = data.read;
if(typeof data3 !== "boolean"){
const err8 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema128.properties.read.type,parentSchema:schema128.properties.read,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema128.type,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":{"title":true,"body":true,"level":true,"read":true},"dynamicProps":false,"dynamicItems":false};


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":{"title":true,"body":true,"level":true,"read":true},"dynamicProps":false,"dynamicItems":false};

export const replaceNotification = validate90;
const schema130 = {"$ref":"contract#/components/schemas/NotificationRequest"};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema128.required,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema128.properties.title,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema128.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.title.type,parentSchema:schema128.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.body !== undefined){
let data1 = data.body;
if(typeof data1 === "string"){
if(func1(data1) > 10000){
const err4 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema128.properties.body,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.body.type,parentSchema:schema128.properties.body,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.level !== undefined){
let data2 = data.level;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/level",schemaPath:"#/components/schemas/NotificationLevel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema129.type,parentSchema:schema129,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data2 === "info") || (data2 === "warning")) || (data2 === "error"))){
const err7 = {instancePath:instancePath+"/level",schemaPath:"#/components/schemas/NotificationLevel/enum",keyword:"enum",params:{allowedValues: schema129.enum},message:"must be equal to one of the allowed values",schema:schema129.enum,parentSchema:schema129,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.read !== undefined){
let data3 = data.read;
if(typeof data3 !== "boolean"){
const err8 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema128.properties.read.type,parentSchema:schema128.properties.read,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema128.type,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":{"title":true,"body":true,"level":true,"read":true},"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate91(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":{"title":true,"body":true,"level":true,"read":true},"dynamicProps":false,"dynamicItems":false};

export const updateNotification = validate93;
const schema133 = {"$ref":"contract#/components/schemas/PatchedNotificationRequest"};
const schema134 = {"type":"object","description":"Partial update: only the fields sent change.","properties":{"title":{"type":"string","minLength":1,"maxLength":200,"description":"Title."},"body":{"type":"string","default":"","maxLength":10000,"description":"Text."},"level":{"$ref":"#/components/schemas/NotificationLevel","default":"info"},"read":{"type":"boolean","default":false,"description":"Whether it has been read."}}};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err0 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema134.properties.title,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema134.properties.title,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema134.properties.title.type,parentSchema:schema134.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.body !== undefined){
let data1 = data.body;
if(typeof data1 === "string"){
if(func1(data1) > 10000){
const err3 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema134.properties.body,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema134.properties.body.type,parentSchema:schema134.properties.body,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.level !== undefined){
let data2 = data.level;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/level",schemaPath:"#/components/schemas/NotificationLevel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema129.type,parentSchema:schema129,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data2 === "info") || (data2 === "warning")) || (data2 === "error"))){
const err6 = {instancePath:instancePath+"/level",schemaPath:"#/components/schemas/NotificationLevel/enum",keyword:"enum",params:{allowedValues: schema129.enum},message:"must be equal to one of the allowed values",schema:schema129.enum,parentSchema:schema129,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.read !== undefined){
let data3 = data.read;
if(typeof data3 !== "boolean"){
const err7 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema134.properties.read.type,parentSchema:schema134.properties.read,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema134.type,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":{"title":true,"body":true,"level":true,"read":true},"dynamicProps":false,"dynamicItems":false};


function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate93.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
validate93.errors = vErrors;
return errors === 0;
}
validate93.evaluated = {"props":{"title":true,"body":true,"level":true,"read":true},"dynamicProps":false,"dynamicItems":false};


/** The JSON body validator of each operation that takes a body, by operationId. */
export const validators = { signup, login, createOrganization, updateOrganization, updateMember, createInvite, acceptInvite, createApiKey, updateApiKey, rotateApiKey, replaceKeyPolicy, updateKeyPolicy, createTemplate, replaceTemplate, updateTemplate, createAgent, replaceAgent, updateAgent, runAgent, tagAgent, createTrace, updateTrace, createAdapter, createAdapterConfig, replaceAdapterConfig, updateAdapterConfig, createContact, replaceContact, updateContact, createMessage, replaceMessage, updateMessage, createDocument, replaceDocument, updateDocument, createProject, replaceProject, updateProject, createNotification, replaceNotification, updateNotification };
