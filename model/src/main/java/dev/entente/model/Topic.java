package dev.entente.model;

/** What a statement is about, from the topic lexicon. */
public enum Topic {
  /** Trade: «торговля». */
  TRADE,
  /** Investment: «инвестиции». */
  INVESTMENT,
  /** Finance and banking: «финансы». */
  FINANCE,
  /** Industry: «промышленность». */
  INDUSTRY,
  /** Energy: «энергетика». */
  ENERGY,
  /** Transport and logistics: «транспорт». */
  TRANSPORT,
  /** Agriculture: «сельское хозяйство». */
  AGRICULTURE,
  /** Food security: «продовольственная безопасность». */
  FOOD_SECURITY,
  /** Climate: «климат». */
  CLIMATE,
  /** The environment: «окружающая среда». */
  ENVIRONMENT,
  /** Water resources: «водные ресурсы». */
  WATER,
  /** The digital economy: «цифровой». */
  DIGITAL,
  /** Artificial intelligence: «искусственный интеллект». */
  ARTIFICIAL_INTELLIGENCE,
  /** Health care: «здравоохранение». */
  HEALTH,
  /** Education: «образование». */
  EDUCATION,
  /** Science: «наука». */
  SCIENCE,
  /** Culture: «культура». */
  CULTURE,
  /** Tourism: «туризм». */
  TOURISM,
  /** The media: «СМИ». */
  MEDIA,
  /** Sport: «спорт». */
  SPORT,
  /** Youth: «молодёжь». */
  YOUTH,
  /** Security: «безопасность». */
  SECURITY,
  /** Terrorism: «терроризм». */
  TERRORISM,
  /** Extremism: «экстремизм». */
  EXTREMISM,
  /** Drug trafficking: «наркотики». */
  DRUGS,
  /** Transnational crime: «транснациональная преступность». */
  CRIME,
  /** Cyber security: «кибербезопасность». */
  CYBERSECURITY,
  /** Migration: «миграция». */
  MIGRATION,
  /** Customs: «таможня». */
  CUSTOMS,
  /** Emergencies and disasters: «чрезвычайные ситуации». */
  EMERGENCIES,
  /** Poverty: «бедность». */
  POVERTY,
  /** Humanitarian matters: «гуманитарный». */
  HUMANITARIAN,
  /** Sovereignty and territorial integrity: «суверенитет». */
  SOVEREIGNTY,
  /** Multilateral cooperation: «многосторонний». */
  MULTILATERALISM,
  /** Disarmament: «разоружение». */
  DISARMAMENT,
  /** Outer space: «космос». */
  SPACE
}
