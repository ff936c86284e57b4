import { expect } from '@open-wc/testing';
import { parseOpeningHours } from '../../src/finder/opening-hours.js';
import { describeOpeningHours } from './hours-words.js';

const say = (text: string, language: 'id' | 'en') =>
  describeOpeningHours(parseOpeningHours(text), language);
const EXAMPLE =
  'Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-11:30,13:30-16:00; PH off; 2026 Dec 24 08:00-12:00';

describe('describeOpeningHours', () => {
  it('reads the hours back in Indonesian', () => {
    expect(say(EXAMPLE, 'id')).to.equal(
      'Senin–Kamis 08.00–12.00 dan 13.00–16.00; Jumat 08.00–11.30 dan 13.30–16.00; ' +
        'tutup pada hari Sabtu dan Minggu; tutup pada hari libur nasional; 24 Desember 2026 08.00–12.00',
    );
    expect(say('Mo,We,Fr 08:00-10:00,11:00-12:00,13:00-15:00; PH 09:00-12:00', 'id')).to.equal(
      'Senin, Rabu, dan Jumat 08.00–10.00, 11.00–12.00, dan 13.00–15.00; ' +
        'tutup pada hari Selasa, Kamis, Sabtu, dan Minggu; hari libur nasional 09.00–12.00',
    );
    expect(say('Mo-Fr,PH 08:00-16:00; Sa-Su off; 2026 Dec 24-26 off', 'id')).to.equal(
      'Senin–Jumat dan hari libur nasional 08.00–16.00; tutup pada hari Sabtu dan Minggu; ' +
        'tutup pada 24–26 Desember 2026',
    );
  });

  it('and in English', () => {
    expect(say(EXAMPLE, 'en')).to.equal(
      'Monday–Thursday 08:00–12:00 and 13:00–16:00; Friday 08:00–11:30 and 13:30–16:00; ' +
        'closed on Saturday and Sunday; closed on public holidays; 24 December 2026 08:00–12:00',
    );
    expect(say('off; PH off; 2026 Dec 28-2027 Jan 2 08:00-12:00', 'en')).to.match(
      /^Closed every day; closed on public holidays; 28 December 2026 – 2 January 2027 08:00–12:00$/,
    );
  });

  it('says when holidays are not mentioned, and reads what the form never writes', () => {
    expect(say('Mo-Fr 08:00-15:00', 'id')).to.equal(
      'Senin–Jumat 08.00–15.00; tutup pada hari Sabtu dan Minggu; jam pada hari libur nasional tidak disebutkan',
    );
    expect(say('24/7', 'en')).to.equal('Every day 24 hours; hours on public holidays not given');
    expect(say('Mo-Su 22:00-02:00; Dec 25 off', 'id')).to.equal(
      'Senin–Minggu 22.00–02.00; tutup pada setiap 25 Desember; jam pada hari libur nasional tidak disebutkan',
    );
  });
});
