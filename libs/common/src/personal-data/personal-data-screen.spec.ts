import { containsNhsNumber, isNhsNumber } from './identifiers';
import { personalDataInTextProblem, personReferenceProblem } from './personal-data-screen';

describe('NHS numbers', () => {
  it('are recognised by their modulus-11 check digit, whatever separates the digits', () => {
    expect(isNhsNumber('9434765919')).toBe(true);
    expect(isNhsNumber('9434765918')).toBe(false);
    for (const text of ['9434765919', '943 476 5919', 'ref 943-476-5919', '943.476.5919', '943_476_5919', '943/476/5919']) {
      expect(containsNhsNumber(text, true)).toBe(true);
    }
    expect(containsNhsNumber('12345')).toBe(false);
  });
});

describe('person references', () => {
  it.each(['LW-2026-0042', 'LW-2026-0107', 'ABC123', 'pcn4.ref-0007', 'x9_q2'])('accepts the opaque reference %s', (reference) => {
    expect(personReferenceProblem(reference)).toBeUndefined();
  });

  it.each([
    ['9434765919', /NHS number/],
    ['943.476.5919', /NHS number/],
    ['943_476_5919', /NHS number/],
    ['jo@example.org', /email/],
    ['Mrs Jones, lonely since husband died', /no names or notes/],
    ['07700900123', /phone number/],
    ['+447700900123', /phone number/],
    ['01614960000', /phone number/],
    ['AB123456C', /National Insurance/],
    ['ab_12_34_56_c', /National Insurance/],
    ['01.02.1980', /date/],
    ['1980-02-01', /date/],
    ['01021980', /date/],
    ['12Feb1975', /date/],
    ['JaneSmith', /digit/],
    ['jane.smith', /digit/],
    ['JaneSmith7', /name/],
    ['smith_42', /name/],
  ])('refuses %s', (reference, problem) => {
    expect(personReferenceProblem(reference)).toMatch(problem);
  });
});

describe('free text about a group', () => {
  it('allows ordinary descriptions with dates and numbers', () => {
    expect(personalDataInTextProblem('On 3 March 2026 the session ran with 12 people and no first-aider; sessions at 10 12 14.')).toBeUndefined();
    expect(personalDataInTextProblem('A volunteer shared phone numbers of callers without consent.')).toBeUndefined();
  });

  it.each([
    ['Her NHS number is 943 476 5919', /NHS number/],
    ['Contact him on 07700 900123', /phone/],
    ['email jo@example.org for details', /email/],
    ['NI number AB 12 34 56 C', /National Insurance/],
    ['DOB 01/02/1980, lives alone', /date of birth/],
    ['born in 1950', /date of birth/],
    ['Mr Smith was shouted at', /name people/],
  ])('refuses %s', (text, problem) => {
    expect(personalDataInTextProblem(text)).toMatch(problem);
  });
});
