import { customType } from 'drizzle-orm/pg-core';

/** Postgres `xid8`: the appending transaction's id, read as a decimal string (64-bit). */
export const xid8 = customType<{ data: string; driverData: string }>({
  dataType: () => 'xid8',
});
