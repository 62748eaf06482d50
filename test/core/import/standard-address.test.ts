// The address of data·inclusion and Lieux de médiation numérique records, read once for both
// (import/common.ts standardAddress): padded codes kept, unreadable ones left out and said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { standardAddress } from '../../../src/core/import/common.js';
import type { Message } from '../../../src/core/catalogue/messages.js';

test('a record address: building before street, a postcode a spreadsheet stripped is padded', () => {
  const notes: [string, Message][] = [];
  const a = standardAddress({ complement_adresse: ' Mairie ', adresse: '1 place  de la Libération', code_postal: 2120, code_insee: '2361' }, 'Guise', (f, m) => void notes.push([f, m]));
  assert.deepEqual(a, { street: 'Mairie, 1 place de la Libération', postcode: '02120', city: 'Guise', insee: '02361' });
  assert.deepEqual(notes, []);
});

test('an unreadable postcode or INSEE code is left out and said, a Corsican INSEE code is kept', () => {
  const notes: [string, Message][] = [];
  const a = standardAddress({ adresse: 'Cours Napoléon', code_postal: '2A004', code_insee: 'Ajaccio' }, 'Ajaccio', (f, m) => void notes.push([f, m]));
  assert.deepEqual(a, { street: 'Cours Napoléon', city: 'Ajaccio' });
  assert.deepEqual(notes.map(([f, m]) => [f, m.en]), [
    ['code_postal', 'unreadable postcode "2A004", ignored'],
    ['code_insee', 'unreadable INSEE code "Ajaccio", ignored'],
  ]);
  assert.deepEqual(standardAddress({ code_postal: '20000', code_insee: '2A004' }, 'Ajaccio', () => assert.fail('no note')), { postcode: '20000', city: 'Ajaccio', insee: '2A004' });
});
