// One e-mail rule for the validator and the links (issue 12, point 6): a bare address only,
// never a mailto with a query part that would add hidden recipients, a subject or a body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareEmail, emailProblem } from '../../../src/core/catalogue/email.js';
import { isSafeUrl, validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { messages } from '../../../src/core/catalogue/messages.js';
import { mailHref, safeHref } from '../../../src/components/service-locator-list/links.js';
import { catalogueOf, validPlace } from './fixtures.js';

const WITH_QUERY = [
  'accueil@example.fr?cc=boss@evil.example&bcc=all@evil.example',
  'accueil@example.fr?subject=Urgent&body=Cliquez%20ici',
  'accueil@example.fr?bcc=x@evil.example',
  'accueil@example.fr&cc=x@evil.example',
  'accueil@example.fr?',
  'accueil@example.fr%3Fcc=x@evil.example',
  'accueil@example.fr#body=x',
];

test('a bare address passes, trimmed; anything with a query part does not', () => {
  for (const ok of ['accueil@mairie-cahors.fr', ' ccas.figeac@ville-figeac.fr ', 'prénom.nom+ccas@exemple.fr', 'a_b-c@sous.domaine.gouv.fr'])
    assert.equal(bareEmail(ok), ok.trim(), ok);
  for (const bad of [...WITH_QUERY, 'a@b', 'a b@c.fr', '<a@b.fr>', 'a@b.fr>', 'a@@b.fr', '@b.fr', 'a@.fr', 'a@b.fr,c@d.fr', 'mailto:a@b.fr'])
    assert.equal(bareEmail(bad), null, bad);
  assert.equal(emailProblem('accueil@example.fr?cc=x@y.fr'), 'query');
  assert.equal(emailProblem('accueil@example.fr&bcc=x@y.fr'), 'query');
  assert.equal(emailProblem('accueil'), 'format');
  assert.equal(emailProblem('accueil@example.fr'), null);
});

test('the validator refuses an e-mail with a query part, with its own message, and keeps the place', () => {
  for (const email of WITH_QUERY) {
    const r = validateCatalogue(catalogueOf([validPlace({ contact: { email, phone: '05 65 00 00 00' } })]));
    assert.equal(r.places.length, 1, email);
    assert.equal(r.places[0]!.contact?.email, undefined, email);
    assert.equal(r.places[0]!.contact?.phone, '05 65 00 00 00');
    const p = r.problems.find((x) => x.path === 'places[0].contact.email');
    assert.ok(p, email);
    assert.equal(p.severity, 'warning');
    if (emailProblem(email) === 'query') assert.deepEqual(p.message, messages.emailWithQuery('places[0].contact.email', email));
  }
  const m = messages.emailWithQuery('places[0].contact.email', WITH_QUERY[0]!);
  assert.match(m.fr, /adresse seule/);
  assert.match(m.en, /bare address/);
});

test('a mailto website with a query part is refused too', () => {
  assert.equal(isSafeUrl('mailto:accueil@example.fr'), true);
  assert.equal(isSafeUrl('mailto:accueil@example.fr?cc=x@evil.example'), false);
  assert.equal(isSafeUrl('mailto:accueil@example.fr?subject=x&body=y'), false);
});

test('links: only a bare address becomes a mailto, whatever reaches them', () => {
  assert.equal(mailHref(' accueil@example.fr '), 'mailto:accueil@example.fr');
  for (const email of WITH_QUERY) assert.equal(mailHref(email), null, email);
  assert.equal(safeHref('mailto:accueil@example.fr'), 'mailto:accueil@example.fr');
  assert.equal(safeHref('mailto:accueil@example.fr?cc=x@evil.example'), null);
  assert.equal(safeHref('MAILTO:accueil@example.fr?body=x'), null);
  assert.equal(safeHref('mailto:accueil@example.fr%3Fbcc=x@evil.example'), null);
});

test('importers keep only what the validator accepts: an address with a query part is dropped, the next bare one kept', async () => {
  const { firstEmail } = await import('../../../src/core/import/common.js');
  for (const bad of ['accueil@example.fr?subject=Urgent', 'accueil@example.fr#body=x', 'accueil@example.fr&cc=x', 'a@b'])
    assert.deepEqual(firstEmail(`${bad}|ccas@mairie.fr`), { email: 'ccas@mairie.fr', dropped: [bad] }, bad);
  const { importFranceServices } = await import('../../../src/core/import/france-services.js');
  const header = 'id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,prise_rdv,commentaire,type_fs,format_fs,groupe_fs,labellisation_fs';
  const fs = importFranceServices(`${header}\n1,46,FS,,,46042,46000,Cahors,44.4,1.4,accueil@example.fr?bcc=x,,,,,,,,Non,,Principal,Fixe,,`);
  assert.equal(fs.catalogue.places.length, 1);
  assert.equal(fs.catalogue.places[0]!.contact, undefined);
});
