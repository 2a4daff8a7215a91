import { SmsError, type CallOptions } from '@sms/core';
import { readId, readRecord, readString } from '@sms/core/provider-utils';
import type { GhasedakTransport } from '../ghasedak-transport';
import type {
  GhasedakContact,
  GhasedakContactGroup,
  GhasedakContactInput,
  GhasedakContactsApi,
} from './contacts-api-types';
import type { GhasedakContext } from './ghasedak-context';
import { assertId, assertInteger, assertListSize, assertNonEmptyString } from './ghasedak-inputs';
import { toGhasedakRecipients } from './ghasedak-recipients';

export interface ContactsWire {
  groupId: string;
  numbers: readonly string[];
  firstNames?: readonly string[];
  lastNames?: readonly string[];
  emails?: readonly string[];
}

export async function postCreateGroup(
  transport: GhasedakTransport,
  wire: { name: string; parentId?: string },
  options?: CallOptions,
): Promise<{ groupId: string; raw: unknown }> {
  const path = 'contact/group/new';
  const answer = await transport.call(
    { method: 'POST', path, parameters: { name: wire.name, parent: wire.parentId } },
    options,
  );
  const groupId = readId(answer.envelope.items, 'groupid', 'groupId');
  if (groupId === undefined) throw transport.unexpectedItems(answer, path, 'an object with a groupid');
  return { groupId, raw: answer.envelope.body };
}

export async function postAddNumbers(
  transport: GhasedakTransport,
  wire: ContactsWire,
  options?: CallOptions,
): Promise<void> {
  await transport.call(
    {
      method: 'POST',
      path: 'contact/group/addnumber',
      parameters: {
        groupid: wire.groupId,
        number: wire.numbers,
        firstname: wire.firstNames,
        lastname: wire.lastNames,
        email: wire.emails,
      },
    },
    options,
  );
}

function readGroup(item: unknown): GhasedakContactGroup | undefined {
  const record = readRecord(item);
  const id = readId(record, 'id', 'groupid', 'groupId');
  if (record === undefined || id === undefined) return undefined;
  const group: GhasedakContactGroup = { id, name: readString(record, 'name') ?? '', raw: item };
  const parentId = readId(record, 'parent', 'parentId');
  if (parentId !== undefined) group.parentId = parentId;
  return group;
}

export async function getGroups(
  transport: GhasedakTransport,
  wire: { parentId?: string },
  options?: CallOptions,
): Promise<GhasedakContactGroup[]> {
  const path = 'contact/group/list';
  const answer = await transport.call({ method: 'GET', path, parameters: { parent: wire.parentId } }, options);
  const items = answer.envelope.items ?? [];
  if (!Array.isArray(items)) throw transport.unexpectedItems(answer, path, 'a list of groups');
  return items.map(readGroup).filter((group) => group !== undefined);
}

function readContact(item: unknown): GhasedakContact | undefined {
  const record = readRecord(item);
  const number = readString(record, 'number');
  if (record === undefined || number === undefined) return undefined;
  const contact: GhasedakContact = { number, raw: item };
  const id = readId(record, 'id', 'contactid', 'contactId');
  const firstName = readString(record, 'firstName', 'firstname');
  const lastName = readString(record, 'lastName', 'lastname');
  const email = readString(record, 'email');
  if (id !== undefined) contact.id = id;
  if (firstName !== undefined) contact.firstName = firstName;
  if (lastName !== undefined) contact.lastName = lastName;
  if (email !== undefined) contact.email = email;
  return contact;
}

export async function getNumbers(
  transport: GhasedakTransport,
  wire: { groupId: string; page?: number; pageSize?: number },
  options?: CallOptions,
): Promise<GhasedakContact[]> {
  const path = 'contact/group/listnumber';
  const answer = await transport.call(
    {
      method: 'GET',
      path,
      parameters: {
        groupid: wire.groupId,
        offset: wire.pageSize === undefined ? undefined : String(wire.pageSize),
        page: wire.page === undefined ? undefined : String(wire.page),
      },
    },
    options,
  );
  const items = answer.envelope.items ?? [];
  if (!Array.isArray(items)) throw transport.unexpectedItems(answer, path, 'a list of contacts');
  return items.map(readContact).filter((contact) => contact !== undefined);
}

export async function postRenameGroup(
  transport: GhasedakTransport,
  wire: { groupId: string; name: string },
  options?: CallOptions,
): Promise<void> {
  await transport.call(
    { method: 'POST', path: 'contact/group/edit', parameters: { groupid: wire.groupId, name: wire.name } },
    options,
  );
}

export async function postRemoveGroup(
  transport: GhasedakTransport,
  wire: { groupId: string },
  options?: CallOptions,
): Promise<void> {
  await transport.call(
    { method: 'POST', path: 'contact/group/remove', parameters: { groupid: wire.groupId } },
    options,
  );
}

export async function postRemoveNumbers(
  transport: GhasedakTransport,
  wire: { groupId: string; contactIds: readonly string[] },
  options?: CallOptions,
): Promise<void> {
  await transport.call(
    {
      method: 'POST',
      path: 'contact/group/number/remove',
      parameters: { groupid: wire.groupId, ids: wire.contactIds },
    },
    options,
  );
}

type ContactField = 'firstName' | 'lastName' | 'email';

export function createContactsApi(context: GhasedakContext): GhasedakContactsApi {
  const { transport, provider } = context;

  // Each field is its own comma-separated list lined up with the numbers; a contact without the field gets an empty slot.
  const fieldList = (contacts: readonly GhasedakContactInput[], field: ContactField): string[] | undefined => {
    if (contacts.every((contact) => contact[field] === undefined)) return undefined;
    return contacts.map((contact, index) => {
      const value = contact[field] ?? '';
      if (typeof value !== 'string' || value.includes(',')) {
        throw new SmsError(
          `contacts[${index}].${field} for ${provider} must be a string without commas: Ghasedak splits this field on commas. Nothing was sent.`,
          {
            code: 'INVALID_INPUT',
            provider,
          },
        );
      }
      return value;
    });
  };

  return {
    async createGroup(group, options) {
      const name = assertNonEmptyString(group.name, provider, 'name');
      return postCreateGroup(
        transport,
        { name, ...(group.parentId === undefined ? {} : { parentId: assertId(group.parentId, provider, 'parentId') }) },
        options,
      );
    },

    async addNumbers(request, options) {
      const groupId = assertId(request.groupId, provider, 'groupId');
      assertListSize(request.contacts, provider, 'contacts');
      const numbers = toGhasedakRecipients(
        request.contacts.map((contact) => contact.number),
        provider,
        'international',
      ).wire;
      const firstNames = fieldList(request.contacts, 'firstName');
      const lastNames = fieldList(request.contacts, 'lastName');
      const emails = fieldList(request.contacts, 'email');
      await postAddNumbers(
        transport,
        {
          groupId,
          numbers,
          ...(firstNames === undefined ? {} : { firstNames }),
          ...(lastNames === undefined ? {} : { lastNames }),
          ...(emails === undefined ? {} : { emails }),
        },
        options,
      );
    },

    async listGroups(query = {}, options) {
      return getGroups(
        transport,
        query.parentId === undefined ? {} : { parentId: assertId(query.parentId, provider, 'parentId') },
        options,
      );
    },

    async listNumbers(query, options) {
      return getNumbers(
        transport,
        {
          groupId: assertId(query.groupId, provider, 'groupId'),
          ...(query.page === undefined ? {} : { page: assertInteger(query.page, provider, 'page', 0) }),
          ...(query.pageSize === undefined ? {} : { pageSize: assertInteger(query.pageSize, provider, 'pageSize', 1) }),
        },
        options,
      );
    },

    async renameGroup(request, options) {
      await postRenameGroup(
        transport,
        {
          groupId: assertId(request.groupId, provider, 'groupId'),
          name: assertNonEmptyString(request.name, provider, 'name'),
        },
        options,
      );
    },

    async removeGroup(request, options) {
      await postRemoveGroup(transport, { groupId: assertId(request.groupId, provider, 'groupId') }, options);
    },

    async removeNumbers(request, options) {
      const groupId = assertId(request.groupId, provider, 'groupId');
      assertListSize(request.contactIds, provider, 'contactIds');
      const contactIds = request.contactIds.map((id, index) => assertId(id, provider, `contactIds[${index}]`));
      await postRemoveNumbers(transport, { groupId, contactIds }, options);
    },
  };
}
