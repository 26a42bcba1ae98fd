// A store's data as a value, and a new store from it: how a stub is seeded once per process
// (seeding hashes a password, which is slow on purpose) and reset in well under a millisecond.
// Every field of the store but its clock is data (maps of rows and hashes), copied whole by
// structuredClone, which keeps the rows shared between a table's indexes shared in the copy.
import { Store } from "./store";

/** A store's data, frozen in time; {@link storeFrom} makes live stores from it. */
export type StoreSnapshot = { readonly fields: Record<string, unknown> };

export function snapshotOf(store: Store): StoreSnapshot {
  const fields = Object.fromEntries(
    Object.entries(store).filter(([, value]) => typeof value !== "function"),
  );
  return { fields: structuredClone(fields) };
}

/** A new store with the snapshot's data, going by `clock`. */
export function storeFrom(snapshot: StoreSnapshot, clock?: () => number): Store {
  return Object.assign(new Store(clock), structuredClone(snapshot.fields));
}
