import type { CallOptions } from '@sms/core';

/** A group or contact id: Ghasedak's numeric id, as a number or a string of digits. */
export type GhasedakId = string | number;

export interface GhasedakNewGroup {
  name: string;
  /** The parent group; the group is made at the root when omitted. */
  parentId?: GhasedakId;
}

export interface GhasedakContactInput {
  number: string;
  firstName?: string;
  lastName?: string;
  email?: string;
}

export interface GhasedakContactGroup {
  id: string;
  name: string;
  /** `'0'` for a group at the root. */
  parentId?: string;
  raw: unknown;
}

export interface GhasedakContact {
  /** The contact record id (what `removeNumbers` takes), when Ghasedak sends it. */
  id?: string;
  number: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  raw: unknown;
}

export interface GhasedakContactListQuery {
  groupId: GhasedakId;
  /** The page as Ghasedak numbers it; the seed's samples ask for the first page with 0. */
  page?: number;
  /** Contacts per page (wire name `offset`); Ghasedak's default is 100. */
  pageSize?: number;
}

/** `provider.native.contacts`: contact groups (`contact/group/*`). */
export interface GhasedakContactsApi {
  createGroup(group: GhasedakNewGroup, options?: CallOptions): Promise<{ groupId: string; raw: unknown }>;
  /** At most 100 contacts; no field may contain a comma. */
  addNumbers(
    request: { groupId: GhasedakId; contacts: readonly GhasedakContactInput[] },
    options?: CallOptions,
  ): Promise<void>;
  listGroups(query?: { parentId?: GhasedakId }, options?: CallOptions): Promise<GhasedakContactGroup[]>;
  listNumbers(query: GhasedakContactListQuery, options?: CallOptions): Promise<GhasedakContact[]>;
  renameGroup(request: { groupId: GhasedakId; name: string }, options?: CallOptions): Promise<void>;
  removeGroup(request: { groupId: GhasedakId }, options?: CallOptions): Promise<void>;
  /** Removes contact records (their ids, not their numbers) from a group. */
  removeNumbers(
    request: { groupId: GhasedakId; contactIds: readonly GhasedakId[] },
    options?: CallOptions,
  ): Promise<void>;
}
