import { describe, expect, it } from 'vitest';
import { scaffoldGeography } from './scaffold-geography';

describe('scaffoldGeography input checks', () => {
  const base = { sharedDataDir: '/unused', districts: ['E07000111'], areaId: 'sevenoaks', areaName: 'Sevenoaks' };
  it.each([
    [{ districts: [] }, 'at least one district is needed'],
    [{ districts: ['../E07000111'] }, 'district "../E07000111" is not an ONS district (LAD) code like E07000111'],
    [{ areaId: 'Seven Oaks' }, 'area id "Seven Oaks" must be lower-case letters, digits and hyphens'],
    [{ areaName: ' ' }, 'the area name is empty'],
  ])('rejects %j before reading any file', async (change, message) => {
    await expect(scaffoldGeography({ ...base, ...change })).rejects.toThrow(message);
  });
});
