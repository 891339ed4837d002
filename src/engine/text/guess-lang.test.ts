import { describe, expect, it } from 'vitest';
import { guessLang } from './guess-lang.ts';

const EN = 'The council said on Tuesday that the bridge would stay closed until the end of June while engineers replace the deck, and that buses would be free for the people who cross the river every day.';
const FR = "Le conseil a annoncé mardi que le pont restera fermé jusqu'à la fin du mois de juin pendant que les ingénieurs remplacent le tablier, et que les bus seront gratuits pour les habitants qui traversent la rivière.";
const DE = 'Der Stadtrat teilte am Dienstag mit, dass die Brücke bis Ende Juni gesperrt bleibt, während die Ingenieure die Fahrbahn erneuern, und dass die Busse für die Menschen, die den Fluss jeden Tag überqueren, kostenlos sind.';
const IT = "Il consiglio ha detto martedì che il ponte resterà chiuso fino alla fine di giugno mentre gli ingegneri sostituiscono la carreggiata, e che gli autobus saranno gratuiti per chi attraversa il fiume ogni giorno.";

describe('guessLang', () => {
  it.each([[EN, 'en'], [FR, 'fr'], [DE, 'de'], [IT, 'it']])('reads function words: %#', (text, lang) => {
    expect(guessLang(text)).toBe(lang);
  });

  it('reads the script, and the letters that set Ukrainian and Persian apart', () => {
    expect(guessLang('Президент заявил журналистам, что переговоры продолжатся в пятницу в Стамбуле.')).toBe('ru');
    expect(guessLang('Президент заявив журналістам, що переговори триватимуть у пʼятницю в Стамбулі, і їх підтримають.')).toBe('uk');
    expect(guessLang('رئيس الوزراء قال إن المحادثات ستستمر يوم الجمعة')).toBe('ar');
    expect(guessLang('نخست وزیر گفت که گفتگوها روز جمعه ادامه پیدا می کند')).toBe('fa');
    expect(guessLang('東京で会議が開かれた。')).toBe('ja');
    expect(guessLang('外交部发言人周三表示，会谈将在周五继续。')).toBe('zh');
  });

  it('says nothing about short or mixed text', () => {
    expect(guessLang('Talks stall in Istanbul')).toBeNull();
    expect(guessLang('')).toBeNull();
    expect(guessLang(`${EN} ${FR}`)).toBeNull();
  });
});
