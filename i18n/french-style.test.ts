/** The French style check flags what the review found and leaves correct French alone. */
import { describe, expect, it } from 'vitest';
import { frenchStyleProblems } from './french-style';

const NBSP = '\u00a0';
const problems = (text: string) => frenchStyleProblems('id', text);

describe('frenchStyleProblems', () => {
  it('wants non-breaking spaces in hours, units and phone numbers', () => {
    expect(problems('Du lundi au vendredi, de 8 h à 17 h.')).toEqual([expect.stringContaining('unit')]);
    expect(problems('Lente (800 ms)')).toEqual([expect.stringContaining('unit')]);
    expect(problems('Attendre {delay, number} s')).toEqual([expect.stringContaining('unit')]);
    expect(problems('Composez le 1 800 667-0123.')).toEqual([expect.stringContaining('phone number')]);
    expect(problems(`Composez le 1${NBSP}800${NBSP}667-0123, de 8${NBSP}h à 17${NBSP}h (800${NBSP}ms).`)).toEqual([]);
  });

  it('wants a UI label named in a sentence in « »', () => {
    expect(problems('Ajoutez-en un avec Ajouter un contact externe.')).toEqual([
      expect.stringContaining('« Ajouter un contact externe »'),
    ]);
    expect(problems('Choisir Aucun désactive la messagerie.')).toEqual([expect.stringContaining('« Aucun »')]);
    expect(problems(`Ajoutez-en un avec «${NBSP}Ajouter un contact externe${NBSP}».`)).toEqual([]);
  });

  it('accepts a label that is the message, or that starts a sentence or a branch', () => {
    expect(problems('Ajouter un contact externe')).toEqual([]);
    expect(problems('Supprimer le groupe. Enregistrer les modifications?')).toEqual([]);
    expect(problems('{count, plural, one {Aucun membre} other {# membres}}')).toEqual([]);
    expect(problems('Aucun contact ne correspond.')).toEqual([]);
  });

  it('keeps out the words the review replaced', () => {
    expect(problems('Chercher un contact')).toEqual([expect.stringContaining('Rechercher')]);
    expect(problems('Les abonnés sont fournis par le fournisseur de services.')).toEqual([
      expect.stringContaining('activés par le fournisseur'),
    ]);
    expect(problems('Bienvenue dans Admin PTT')).toEqual([expect.stringContaining('brand')]);
    expect(problems('Le central ne peut pas commencer par 0.')).toEqual([
      expect.stringContaining('indicatif régional'),
    ]);
    expect(
      problems('Rechercher un contact. Les abonnés sont activés par le fournisseur de services. Recherchez-le.'),
    ).toEqual([]);
  });

  it('keeps the Canadian spacing of punctuation and quotes', () => {
    expect(problems('Partir sans enregistrer ?')).toEqual([expect.stringContaining('no space before')]);
    expect(problems('Nom: Julie')).toEqual([expect.stringContaining('colon')]);
    expect(problems('Le groupe “Nord”')).toEqual([expect.stringContaining('« »')]);
    expect(problems('Le groupe « Nord »')).toEqual([expect.stringContaining('inside « »')]);
    expect(problems("L'abonné")).toEqual([expect.stringContaining('’')]);
  });
});
