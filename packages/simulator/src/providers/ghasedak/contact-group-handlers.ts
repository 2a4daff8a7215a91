import { GHASEDAK_MAX_ITEMS } from './accept-ghasedak-messages';
import type { ContactGroup } from './contact-book';
import { ghasedakBadRequest, ghasedakSuccess, ghasedakTableError } from './ghasedak-envelope';
import type { GhasedakHandler, GhasedakInput } from './ghasedak-handler';
import { splitList } from './ghasedak-parameters';
import { toIranianMobile } from './ghasedak-numbers';

function readNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) throw ghasedakBadRequest([`${name} is invalid`]);
  return Number(trimmed);
}

function existingGroup({ parameters, contacts }: GhasedakInput): ContactGroup {
  const { groupid } = parameters.require('groupid');
  const group = contacts.group(readNumber(groupid, 'groupid', 0));
  if (!group) throw ghasedakBadRequest(['groupid is invalid']);
  return group;
}

/** `contact/group/new`: `{ groupid }`; without `parent` the group is made at the root. */
export const handleGroupNew: GhasedakHandler = ({ parameters, contacts }) => {
  const { name } = parameters.require('name');
  const parent = readNumber(parameters.get('parent'), 'parent', 0);
  if (parent !== 0 && !contacts.group(parent)) throw ghasedakBadRequest(['parent is invalid']);
  return ghasedakSuccess({ groupid: contacts.createGroup(name.trim(), parent).id });
};

/** `contact/group/addnumber`: comma lists; a single first name, last name or email applies to every number. */
export const handleGroupAddNumber: GhasedakHandler = (input) => {
  const group = existingGroup(input);
  const { number } = input.parameters.require('number');
  const numbers = splitList(number);
  if (numbers.some((entry) => entry === '')) throw ghasedakTableError(2);
  if (numbers.length > GHASEDAK_MAX_ITEMS) throw ghasedakTableError(3);
  if (numbers.some((entry) => toIranianMobile(entry) === undefined)) throw ghasedakTableError(8);
  const column = (name: string): string[] => {
    const values = splitList(input.parameters.get(name));
    if (values.length === 0) return numbers.map(() => '');
    if (values.length === 1) return numbers.map(() => values[0] ?? '');
    if (values.length !== numbers.length) throw ghasedakTableError(4);
    return values;
  };
  const firstNames = column('firstname');
  const lastNames = column('lastname');
  const emails = column('email');
  input.contacts.addContacts(
    numbers.map((entry, index) => ({
      groupId: group.id,
      number: entry,
      firstName: firstNames[index] ?? '',
      lastName: lastNames[index] ?? '',
      email: emails[index] ?? '',
    })),
  );
  return ghasedakSuccess(null);
};

/** `contact/group/list`: the groups under `parent` (default 0, the root). */
export const handleGroupList: GhasedakHandler = ({ parameters, contacts }) => {
  const parent = readNumber(parameters.get('parent'), 'parent', 0);
  return ghasedakSuccess(
    contacts.groups(parent).map(({ id, name, parent: groupParent }) => ({ id, name, parent: groupParent })),
  );
};

/**
 * `contact/group/listnumber`: `offset` is the page size (default 100), `page` is 0-based (the seed's
 * sample URL sends page=0 for the first page). Items also carry the record `id` that number/remove takes.
 */
export const handleGroupListNumber: GhasedakHandler = (input) => {
  const group = existingGroup(input);
  const size = readNumber(input.parameters.get('offset'), 'offset', 100);
  const page = readNumber(input.parameters.get('page'), 'page', 0);
  if (size < 1) throw ghasedakBadRequest(['offset is invalid']);
  const items = input.contacts
    .contacts(group.id)
    .slice(page * size, page * size + size)
    .map((contact) => ({
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      number: contact.number,
      email: contact.email,
    }));
  return ghasedakSuccess(items);
};

/** `contact/group/edit`: renames a group. */
export const handleGroupEdit: GhasedakHandler = (input) => {
  const group = existingGroup(input);
  const { name } = input.parameters.require('name');
  group.name = name.trim();
  return ghasedakSuccess(null);
};

/** `contact/group/remove`: deletes a group with its subgroups and contacts. */
export const handleGroupRemove: GhasedakHandler = (input) => {
  input.contacts.removeGroup(existingGroup(input).id);
  return ghasedakSuccess(null);
};

/** `contact/group/number/remove`: deletes contact records (`ids`, a comma list) from a group. */
export const handleGroupNumberRemove: GhasedakHandler = (input) => {
  const group = existingGroup(input);
  const { ids } = input.parameters.require('ids');
  const list = splitList(ids);
  if (list.some((id) => !/^\d+$/.test(id))) throw ghasedakBadRequest(['ids is invalid']);
  input.contacts.removeContacts(group.id, list.map(Number));
  return ghasedakSuccess(null);
};
