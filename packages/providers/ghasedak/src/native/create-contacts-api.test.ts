import { describe, expect, it } from 'vitest';
import { failed, fixture, fixtureAnswer, succeeded, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('contacts', () => {
  it('createGroup posts name and parent and returns the group id as a string', async () => {
    mock.reply('contact/group/new', fixtureAnswer('group-new.json'));
    const group = await mock.provider.native.contacts.createGroup({ name: 'test', parentId: 209530 });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "name": "test",
            "parent": "209530",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/contact/group/new",
        },
      ]
    `);
    expect(group).toEqual({ groupId: '209531', raw: fixture('group-new.json') });
  });

  it('addNumbers lines up the number, name and email lists', async () => {
    mock.reply('contact/group/addnumber', fixtureAnswer('success-no-items.json'));
    await mock.provider.native.contacts.addNumbers({
      groupId: '172694',
      contacts: [
        { number: '09121111111', firstName: 'Ali', lastName: 'Rezaei', email: 'ali@example.com' },
        { number: '+98 912 222 2222', firstName: 'Sara' },
      ],
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "email": "ali@example.com,",
            "firstname": "Ali,Sara",
            "groupid": "172694",
            "lastname": "Rezaei,",
            "number": "09121111111,09122222222",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/contact/group/addnumber",
        },
      ]
    `);
  });

  it('addNumbers refuses a name with a comma', async () => {
    const error = await mock.provider.native.contacts
      .addNumbers({ groupId: 1, contacts: [{ number: '09121111111', firstName: 'Rezaei, Ali' }] })
      .then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
    expect(mock.recorder.requests).toEqual([]);
  });

  it('listGroups is a GET with parent in the query', async () => {
    mock.reply('contact/group/list', fixtureAnswer('group-list.json'), { method: 'GET' });
    const groups = await mock.provider.native.contacts.listGroups({ parentId: 0 });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "apikey": "[apiKey]",
          },
          "method": "GET",
          "path": "/v2/contact/group/list",
          "query": {
            "parent": "0",
          },
        },
      ]
    `);
    expect(groups.map(({ id, name, parentId }) => ({ id, name, parentId }))).toEqual([
      { id: '172694', name: 'test2', parentId: '0' },
      { id: '173748', name: 'test', parentId: '0' },
    ]);
  });

  it('listNumbers is a GET with groupid, offset and page in the query', async () => {
    mock.reply('contact/group/listnumber', fixtureAnswer('group-listnumber.json'), { method: 'GET' });
    const contacts = await mock.provider.native.contacts.listNumbers({ groupId: 172694, page: 0, pageSize: 100 });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "apikey": "[apiKey]",
          },
          "method": "GET",
          "path": "/v2/contact/group/listnumber",
          "query": {
            "groupid": "172694",
            "offset": "100",
            "page": "0",
          },
        },
      ]
    `);
    expect(contacts).toEqual([
      {
        firstName: 'test',
        lastName: 'test',
        number: '0911111111',
        email: 'test',
        raw: (fixture('group-listnumber.json') as { items: unknown[] }).items[0],
      },
    ]);
  });

  it('renameGroup, removeGroup and removeNumbers post their forms', async () => {
    mock.reply('contact/group/edit', fixtureAnswer('success-no-items.json'));
    mock.reply('contact/group/remove', fixtureAnswer('success-no-items.json'));
    mock.reply('contact/group/number/remove', fixtureAnswer('success-no-items.json'));
    await expect(mock.provider.native.contacts.renameGroup({ groupId: 172694, name: 'test' })).resolves.toBeUndefined();
    await expect(mock.provider.native.contacts.removeGroup({ groupId: '172694' })).resolves.toBeUndefined();
    await expect(
      mock.provider.native.contacts.removeNumbers({ groupId: 172694, contactIds: ['217820318', 217820319] }),
    ).resolves.toBeUndefined();
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "groupid": "172694",
            "name": "test",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/contact/group/edit",
        },
        {
          "body": {
            "groupid": "172694",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/contact/group/remove",
        },
        {
          "body": {
            "groupid": "172694",
            "ids": "217820318,217820319",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/contact/group/number/remove",
        },
      ]
    `);
  });

  it('refuses a group id that is not a number', async () => {
    const error = await mock.provider.native.contacts.removeGroup({ groupId: 'friends' }).then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
    expect(mock.recorder.requests).toEqual([]);
  });
});
