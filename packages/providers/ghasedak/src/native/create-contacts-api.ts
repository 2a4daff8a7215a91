import { SmsError } from '@sms/core';
import { getGroups, getNumbers, postAddNumbers, postCreateGroup, postRemoveGroup, postRemoveNumbers, postRenameGroup } from '../endpoints/contact-endpoints';
import { toGhasedakRecipients } from '../validation/ghasedak-recipients';
import { assertId, assertInteger, assertListSize, assertNonEmptyString } from '../validation/ghasedak-inputs';
import type { GhasedakContactInput, GhasedakContactsApi } from './contacts-api-types';
import type { GhasedakContext } from './ghasedak-context';

type ContactField = 'firstName' | 'lastName' | 'email';

export function createContactsApi(context: GhasedakContext): GhasedakContactsApi {
  const { transport, provider } = context;

  // Each field is its own comma-separated list lined up with the numbers; a contact without the field gets an empty slot.
  const fieldList = (contacts: readonly GhasedakContactInput[], field: ContactField): string[] | undefined => {
    if (contacts.every((contact) => contact[field] === undefined)) return undefined;
    return contacts.map((contact, index) => {
      const value = contact[field] ?? '';
      if (typeof value !== 'string' || value.includes(',')) {
        throw new SmsError(`contacts[${index}].${field} for ${provider} must be a string without commas: Ghasedak splits this field on commas. Nothing was sent.`, {
          code: 'INVALID_INPUT',
          provider,
        });
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
      return getGroups(transport, query.parentId === undefined ? {} : { parentId: assertId(query.parentId, provider, 'parentId') }, options);
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
      await postRenameGroup(transport, { groupId: assertId(request.groupId, provider, 'groupId'), name: assertNonEmptyString(request.name, provider, 'name') }, options);
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
