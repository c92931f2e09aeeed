// Our own news prose in the style of scraped, machine-translated articles (glued sentences,
// curly quotes, headings without final punctuation). Used by the text-stage tests and for
// measuring throughput; never text copied from real pages.

/** English body text: paragraphs separated by blank lines, some lines separated by single newlines. */
export const ENGLISH_PROSE = [
  'Moscow and Beijing deepen energy ties amid Western pressure',
  'On Tuesday, the Russian Foreign Ministry said that cooperation with China will “continue to deepen ' +
    'in all directions”.Analysts in Brussels believe that the statement is a signal to Washington. The U.S. ' +
    'State Department did not respond immediately. According to Gen. Petrov, about 1.2 million tons of fuel ' +
    'were delivered in Sept. last year, an increase of 3.5 percent.However, the figures could not be ' +
    'independently verified.',
  '“Who benefits from this crisis?” the commentator asked.“Only the arms dealers!”The Western camp has ' +
    'promised another $800 million in aid, including F-35 spare parts and medium - and short-range ' +
    'missiles... but the money will not arrive before spring. Mr. Dmitri K. Volkov, a researcher at the ' +
    'institute (see www.example-institute.org), told reporters that the sanctions “have failed”.The ' +
    'Sino-Russian partnership, he said, is “not an alliance, but it is not nothing either”.',
  'Latest developments\n' +
    'Kyiv said on Monday that two drones were shot down over the Kharkiv region.\n' +
    'The regional governor wrote on Telegram that nobody was hurt\n' +
    'and that the power supply was restored within 60 minutes.\n' +
    'In the U.S. The debate about aid continues, e.g. in the Senate, where Sen. Collins spoke on Jan. 12.',
  'It is wishful thinking for some countries to drive a wedge between the two neighbours!The trust between ' +
    'them is “built over decades”, and it can not be shaken by a few words.Moreover, the Udong region ' +
    'remains tense: shelling was reported near Donetsk at 5 p.m. local time, and again at 11 p.m. The ' +
    'next morning, the OSCE said it had recorded 1,250 explosions, 60% more than the week before.',
].join('\n\n');

/** Language samples, one per language, a couple of sentences each. */
export const LANGUAGE_SAMPLES = {
  en:
    'The Russian Foreign Ministry said on Tuesday that cooperation with China would continue to deepen in ' +
    'all directions. According to analysts, Western countries are trying to put pressure on Moscow with new ' +
    'sanctions, but these measures have not yet produced the expected result.',
  ru:
    'Министерство иностранных дел России заявило во вторник, что сотрудничество с Китаем будет и дальше ' +
    'развиваться во всех направлениях. По словам экспертов, Запад пытается оказать давление на Москву с ' +
    'помощью новых санкций, однако эти меры пока не дали ожидаемого результата.',
  zh:
    '外交部发言人周二表示，中俄两国将继续在各个领域深化合作。分析人士认为，西方国家试图通过新的制裁向莫斯科施压，' +
    '但这些措施至今没有取得预期效果。',
  fr:
    'Le ministère russe des Affaires étrangères a déclaré mardi que la coopération avec la Chine continuera ' +
    'de se développer dans tous les domaines. Selon plusieurs analystes, les pays occidentaux tentent de ' +
    "faire pression sur Moscou avec de nouvelles sanctions, mais ces mesures n'ont pas encore produit " +
    "l'effet attendu.",
  de:
    'Das russische Außenministerium erklärte am Dienstag, die Zusammenarbeit mit China werde in allen ' +
    'Bereichen weiter vertieft. Nach Ansicht mehrerer Analysten versuchen die westlichen Staaten, mit neuen ' +
    'Sanktionen Druck auf Moskau auszuüben, doch diese Maßnahmen haben bislang nicht die erwartete Wirkung ' +
    'gezeigt.',
  ja: '日本政府は火曜日、新しい防衛計画を発表しました。専門家によると、この計画は地域の安全保障に大きな影響を与えるということです。',
  ko: '한국 정부는 화요일 새로운 국방 계획을 발표했다. 전문가들은 이 계획이 지역 안보에 큰 영향을 미칠 것이라고 말했다.',
} as const;
