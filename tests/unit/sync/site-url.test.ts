import { councilNameFromHost, normaliseSiteUrl } from '../../../main/sync/site-url';

describe('site addresses', () => {
  test.each([
    ['democracy.gloucester.gov.uk', 'https://democracy.gloucester.gov.uk'],
    ['https://Democracy.Gloucester.gov.uk/', 'https://democracy.gloucester.gov.uk'],
    ['https://democracy.gloucester.gov.uk/mgWebService.asmx', 'https://democracy.gloucester.gov.uk'],
    ['https://democracy.gloucester.gov.uk/mgWebService.asmx/GetCommittees?lDays=0', 'https://democracy.gloucester.gov.uk'],
    ['https://moderngov.rotherham.gov.uk/ieListDocuments.aspx?CId=414&MeetingId=15919', 'https://moderngov.rotherham.gov.uk'],
    ['https://www.slough.gov.uk/moderngov/mgAi.aspx?ID=12058', 'https://www.slough.gov.uk/moderngov'],
    ['  https://www.london.gov.uk/about-us/londonassembly/meetings/  ', 'https://www.london.gov.uk/about-us/londonassembly/meetings'],
    ['https://127.0.0.1:8443/manchester', 'https://127.0.0.1:8443/manchester'],
  ])('%s → %s (sub-paths kept, ModernGov pages stripped)', (input, base) => {
    expect(normaliseSiteUrl(input).base).toBe(base);
  });

  test('http is refused with a reason, never upgraded silently', () => {
    expect(() => normaliseSiteUrl('http://www.slough.gov.uk/moderngov/')).toThrow(/only connects to councils over https/);
    expect(() => normaliseSiteUrl('ftp://example.gov.uk')).toThrow(/only connects over https/);
  });

  test('nonsense and credentials are refused', () => {
    expect(() => normaliseSiteUrl('')).toThrow(/Enter the address/);
    expect(() => normaliseSiteUrl('gloucester')).toThrow(/not a full site address/);
    expect(() => normaliseSiteUrl('https://user:pw@democracy.example.gov.uk')).toThrow(/must not contain a user name/);
    expect(() => normaliseSiteUrl('https://exa mple.gov.uk')).toThrow(/not a web address/);
  });

  test('a council name from the host', () => {
    expect(councilNameFromHost('democracy.gloucester.gov.uk')).toBe('Gloucester');
    expect(councilNameFromHost('democracy.north-herts.gov.uk')).toBe('North Herts');
    expect(councilNameFromHost('moderngovwebpublic.bromsgrove.gov.uk')).toBe('Bromsgrove');
    expect(councilNameFromHost('127.0.0.1:8443')).toBe('127.0.0.1');
  });
});
