import { describe, expect, it } from 'vitest';
import { emptyContactValues, validateContact, type ContactFormValues } from './contactForm';

const PRAGUE = '3f1c2b9e-8d7a-4c6b-9e5f-1a2b3c4d5e6f';

function values(patch: Partial<ContactFormValues>): ContactFormValues {
  return { ...emptyContactValues(), name: 'Jana Nováková', cityId: PRAGUE, ...patch };
}

const paths = (result: ReturnType<typeof validateContact>) =>
  result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.key}`);

describe('validateContact', () => {
  it('accepts a partner contact with a valid e-mail', () => {
    const result = validateContact(values({ email: ' jana.novakova@praha.eu ' }));
    expect(result.ok && result.input.email).toBe('jana.novakova@praha.eu');
  });

  it('refuses an invalid e-mail and a missing name at their fields', () => {
    expect(paths(validateContact(values({ name: ' ', email: 'jana@praha' })))).toEqual([
      'name:errors.required',
      'email:errors.email',
    ]);
  });

  it('keeps our own staff out of partner cities', () => {
    expect(paths(validateContact(values({ side: 'own' })))).toEqual([
      'cityId:errors.contactOwnSideCity',
    ]);
  });
});
