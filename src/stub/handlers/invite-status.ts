// When an invite expires, and its status as of now: shared by the organization handlers that
// make and list invites and the auth handler that accepts them.
import type { Row } from "../store";

/** When an invite made at `from` expires: 7 days later. */
export const inviteExpiry = (from: Date) => new Date(from.getTime() + 7 * 86_400_000).toISOString();

/** An invite's status at `now` (ms): a pending one whose `expires_at` has passed reads `expired`. */
export function refreshInvite(row: Row<"Invite">, now: number) {
  if (row.data.status === "pending" && Date.parse(row.data.expires_at) <= now)
    row.data.status = "expired";
  return row;
}
