import { describe, expect, it } from 'vitest';
import { fieldsForRules } from './outcome-elements';

describe('fieldsForRules', () => {
  it('asks for the suspect always, and for what each outcome rests on in form order', () => {
    // Outcome 8 (community resolution): named suspect, admission, the victim's views sought.
    expect(fieldsForRules(['named-suspect', 'admission', 'victim-views-sought'])).toEqual(['suspectId', 'admission', 'victimViewsSought']);
    // Outcome 21: named suspect, rationale, victim informed.
    expect(fieldsForRules(['victim-informed', 'rationale', 'named-suspect'])).toEqual(['suspectId', 'victimInformed', 'rationale']);
    // Rules about the case (the suspect's age) add no claim field; unknown rules add none either.
    expect(fieldsForRules(['named-suspect', 'youth', 'something-new'])).toEqual(['suspectId']);
  });
});
