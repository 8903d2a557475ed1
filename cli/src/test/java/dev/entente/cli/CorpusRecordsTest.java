package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the records of both corpora ({@code corpus/ru}, {@code corpus/en}) in every build, texts or
 * not: every gold file has the shape of shared/gold/GUIDELINES.md, and is named once in its corpus's
 * split (ru {@code split.tsv}, en {@code SPLIT.md}), once in {@code SHA256SUMS}, once in
 * {@code REBUILD.tsv} (unless it is a seed or its text is listed in {@code lost.tsv}) and in a
 * table of {@code SOURCES.md}; its party ids are state codes or organisation acronyms, and its
 * signatories are among its states or organisations (but for the known cases of a convention, see
 * {@link #WRAPPER_PARTIES}). The texts are not in the repository
 * (corpus/ru/texts/README.md), so what needs them (a text's SHA-256, a participant's name in it)
 * is left to the checkers {@code corpus/ru/tools/check_gold.py} (which also runs the checks here)
 * and {@code corpus/en/tools/check_gold.py}. A slip in a new batch's records fails here, naming the
 * file and the field.
 */
final class CorpusRecordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KEYS = List.of("document", "language", "kind", "title", "date", "place",
      "signatories", "states", "organizations", "other_organizations", "participants", "clauses", "initiatives",
      "mechanisms", "events");
  private static final Set<String> KINDS = Set.of("COMMUNIQUE", "JOINT_STATEMENT", "DECLARATION", "MEMORANDUM",
      "AGREEMENT", "PRESS_RELEASE", "OTHER");
  /** The keys of each kind of item, besides {@code "optional": true}. */
  private static final Map<String, Set<String>> ITEM_KEYS = Map.of(
      "other_organizations", Set.of("name"),
      "participants", Set.of("name", "party", "role"),
      "initiatives", Set.of("name", "proposer"),
      "mechanisms", Set.of("name", "status"),
      "events", Set.of("name", "ordinal", "date", "place", "status"));
  private static final Set<String> MECHANISM_STATUSES = Set.of("existing", "new", "proposed");
  private static final Set<String> EVENT_STATUSES = Set.of("held", "planned");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern EDTF = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");
  private static final Pattern ORGANISATION_ID = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern SHA_LINE = Pattern.compile("([0-9a-f]{64}) [ *](\\S+)");
  /** A row of a SOURCES.md table: its first cell, a file name with or without {@code .txt}, in backquotes or not. */
  private static final Pattern SOURCES_ROW = Pattern.compile("^\\|\\s*`?([^|`\\s]+?)`?\\s*\\|");

  /**
   * Signatories and participants' parties that are, by the corpus's convention, not among the gold's
   * states or organisations: on a news page that reports a document, kind, title, date, place and
   * signatories may come from what the page's wrapper says of the document, but states and
   * organisations only from the document's own words (corpus/ru/SOURCES.md, batches 14 and 16 and
   * later; so a page that quotes nothing of the document has signatories and no states). Each line:
   * a gold file and the ids, as the gold stood in session 21. A new line belongs here only when
   * SOURCES.md says why; anything else outside the gold's parties is a slip.
   */
  private static final String WRAPPER_PARTIES = """
      ru_1994_cis_tj_peacekeeping_decision CIS
      ru_1996_ru_cn_beijing_declaration RU CN
      ru_1999_kz_kg_border_crossing_agreement KZ KG
      ru_2000_ru_cu_joint_statement RU CU
      ru_2001_ru_vn_declaration RU VN
      ru_2002_ru_ua_md_odessa_statement RU
      ru_2002_ru_vc_gd_diplomatic_statements RU VC GD
      ru_2002_sco_defence_communique SCO
      ru_2003_cis_cfm_georgia_statement CIS
      ru_2003_ru_fr_de_fm_iraq_statement DE
      ru_2003_ru_ir_fm_joint_statement RU IR
      ru_2003_ru_sadc_memorandum RU SADC
      ru_2003_sf_us_senate_memorandum RU US
      ru_2004_ru_bs_joint_statement RU BS
      ru_2004_ru_kz_baikonur_statement RU KZ
      ru_2005_cis_humanitarian_declaration CIS
      ru_2005_ge_ua_carpathian_declaration GE UA
      ru_2005_ric_vladivostok_fm_report RU CN IN
      ru_2005_ru_eu_moscow_summit_road_maps RU EU
      ru_2006_g8_energy_security G8
      ru_2006_ru_mn_moscow_declaration RU MN
      ru_2006_ru_us_nuclear_terrorism_statement RU US
      ru_2007_cis_ipa_pace_joint_statement CIS COE
      ru_2007_kz_kg_tourist_visa_agreement KZ KG
      ru_2008_baku_energy_summit_declaration AZ BG HU GR GE IT LV LT PL RO US TR UA CH EE EU
      ru_2008_csto_moscow_declaration CSTO
      ru_2008_ru_br_joint_statement RU BR
      ru_2008_ru_pe_joint_statement RU PE
      ru_2009_by_kz_ru_customs_union_statement BY KZ RU
      ru_2009_ru_cu_strategic_memorandum RU CU
      ru_2009_ru_ec_partnership_declaration RU EC
      ru_2009_ru_eg_treaty RU EG
      ru_2009_ru_es_declaration RU ES
      ru_2009_ru_ng_communique RU NG
      ru_2009_ru_us_london_statement US RU
      ru_2010_bric_agriculture_declaration BR RU IN CN
      ru_2010_quartet_moscow_statement RU US UN EU
      ru_2010_ru_tr_hlcc_statement RU TR
      ru_2011_5plus2_moscow_statement MD RU UA OSCE EU US
      ru_2011_by_kz_joint_statement BY KZ
      ru_2011_ru_ss_diplomatic_statement RU SS
      ru_2012_az_ge_tr_trabzon_declaration AZ TR GE
      ru_2012_cis_power_council_memorandum RU BY KZ AM MD TJ UA
      ru_2012_csto_fm_belarus_statement CSTO
      ru_2012_g8_camp_david_declaration G8
      ru_2012_ru_by_communique RU BY
      ru_2013_am_az_osce_kyiv_statement AM AZ
      ru_2013_brics_agriculture_pretoria_statement BR RU IN CN ZA
      ru_2013_brics_health_delhi_statement BR RU IN CN ZA
      ru_2013_ru_gr_fm_joint_statement RU GR
      ru_2014_ca_jp_fm_joint_statement JP KG KZ TJ UZ TM
      ru_2014_caspian_astrakhan_statement AZ RU IR KZ TM
      ru_2014_cica_shanghai_declaration CICA
      ru_2014_csto_cfm_moscow_statement CSTO
      ru_2014_eaeu_treaty BY RU KZ
      ru_2014_sf_ua_statement RU
      ru_2015_az_tr_tm_fm_antalya_declaration AZ TR TM
      ru_2015_brics_ufa_declaration BRICS BR RU IN CN ZA
      ru_2015_ru_ar_statement AR RU
      ru_2015_ru_ve_space_statement RU VE
      ru_2015_tm_az_tr_eu_energy_declaration TM AZ TR EU
      ru_2016_az_ge_tr_fm_tbilisi_declaration AZ GE TR
      ru_2016_cis_fm_karabakh_statement RU KG KZ
      ru_2016_csto_fm_osce_statement CSTO AM BY KZ KG RU TJ
      ru_2016_ir_ru_tr_fm_syria_statement RU IR TR
      ru_2016_ru_asean_sochi_declaration RU ASEAN
      ru_2017_ir_ru_tr_astana_january_statement RU IR TR
      ru_2017_mfa_ee_statement RU
      ru_2017_normandy_leaders_statement RU DE FR UA
      ru_2017_vn_la_joint_statement LA
      ru_2018_duma_tr_communique RU TR
      ru_2018_ir_ru_tr_ankara_statement RU TR
      ru_2018_uz_in_joint_statement UZ IN
      ru_2018_vn_cu_joint_statement VN CU
      ru_2019_ru_ao_communique RU AO
      ru_2019_ru_mn_treaty RU MN
      ru_2020_am_az_ru_karabakh_statement AZ AM RU
      ru_2020_asean_ru_economic_ministers_statement ASEAN RU
      ru_2020_by_ru_mfa_collegiums_resolution BY RU
      ru_2020_csto_world_order_statement CSTO
      ru_2021_afghanistan_moscow_format_statement RU CN PK IR IN KZ KG TJ TM UZ
      ru_2021_osce_mg_cochairs_statement RU US FR
      ru_2021_qa_ru_tr_doha_statement RU QA TR
      ru_2021_ru_mn_declaration RU MN
      ru_2021_ru_uz_infosec_statement RU UZ
      ru_2022_brics_beijing_declaration BRICS
      ru_2022_brics_fm_statement BRICS BR RU IN CN ZA
      ru_2022_csto_anniversary_statement CSTO
      ru_2022_csto_emergencies_council_protocol CSTO
      ru_2022_g20_bali_declaration G20
      ru_2022_kg_tj_border_services_statement TJ KG
      ru_2022_ru_km_space_statement RU KM
      ru_2022_sf_by_agreement RU BY
      ru_2022_tm_uz_tashkent_joint_statement TM UZ
      ru_2023_by_cn_joint_statement BY CN
      ru_2023_by_ru_fm_joint_statement BY RU
      ru_2023_csto_joint_councils_minsk_statement CSTO
      ru_2023_eaeu_declaration EAEU
      ru_2023_ru_dz_declaration RU DZ
      ru_2023_ru_gcc_fm_joint_statement RU BH KW OM SA QA
      ru_2023_ru_ir_sanctions_declaration RU IR
      ru_2023_ru_uz_joint_statement RU UZ
      ru_2023_sco_hog_bishkek_communique SCO
      ru_2023_tm_tj_uz_statement TM TJ UZ
      ru_2024_az_ge_tr_baku_declaration AZ GE TR
      ru_2024_by_ru_security_guarantees_treaty RU BY
      ru_2024_cis_cfm_eurasian_security_statement CIS
      ru_2024_cis_victory_80_appeal CIS
      ru_2024_csto_victory_statement CSTO
      ru_2024_kg_tr_joint_statement KG TR
      ru_2024_mn_vn_joint_declaration MN VN
      ru_2024_moscow_minsk_joint_statement RU BY
      ru_2024_ru_ml_space_statement RU ML
      ru_2024_ru_vn_joint_statement RU VN
      ru_2024_sco_astana_declaration SCO
      ru_2024_uz_tj_allied_treaty UZ TJ
      ru_2025_afghanistan_moscow_format_statement RU IN IR KZ KG CN PK TJ
      ru_2025_am_az_washington_declaration AM AZ
      ru_2025_apec_gyeongju_declaration APEC
      ru_2025_csto_declaration CSTO
      ru_2025_csto_fm_un80_statement CSTO
      ru_2025_g20_johannesburg_declaration G20
      ru_2025_kg_tj_border_treaty KG TJ
      ru_2025_kg_tj_uz_khujand_declaration TJ KG UZ
      ru_2025_osce_fm_victory_statement RU AZ BY KZ KG RS TJ TM UZ
      ru_2025_ru_cn_stability_statement CN RU
      ru_2025_ru_gd_relations_agreement RU GD
      ru_2025_ru_in_joint_statement RU IN
      ru_2025_ru_kg_joint_statement RU KG
      ru_2025_ru_kz_declaration RU KZ
      ru_2025_ru_ma_mfa_memorandum RU MA
      ru_2025_ru_tj_joint_statement RU TJ
      ru_2025_ru_ve_treaty RU VE
      ru_2025_sco_hog_communique SCO
      ru_2025_sco_tianjin_declaration SCO
      ru_2025_uz_tm_az_awaza_statement UZ TM AZ
      ru_1993_ru_jp_tokyo_summit_declaration RU JP
      ru_2001_ru_kp_moscow_declaration_report KP RU
      ru_2003_ru_th_bangkok_visit_documents RU TH
      ru_2004_ru_kr_moscow_joint_declaration RU KR
      ru_2006_ru_vn_oil_gas_declaration RU VN
      ru_2009_ru_in_moscow_joint_declaration RU IN
      ru_2009_ru_mn_partnership_declaration RU MN
      ru_2024_kh_ru_army_memorandum KH RU
      ru_1999_ru_by_union_state_treaty RU BY
      ru_2001_ru_md_friendship_treaty RU MD
      ru_2006_guam_kyiv_declaration GUAM GE UA AZ MD
      ru_2008_union_state_ssc_resolution UNION_STATE
      ru_2014_eurasec_termination_agreement EURASEC
      ru_2018_caspian_aktau_convention AZ IR KZ RU TM
      ru_2022_ots_samarkand_declaration OTS
      ru_2010_ru_no_maritime_treaty RU NO
      ru_2015_ru_gr_joint_documents RU GR
      ru_2007_ge_az_tr_tbilisi_declaration GE AZ TR
      ru_2010_az_tr_strategic_council_agreement AZ TR
      ru_2019_tj_ir_fm_memorandum IR TJ
      ru_2023_az_ge_tr_fm_baku_statement TR GE AZ
      ru_2023_kg_cn_partnership_declaration KG CN
      ru_2024_tj_cn_joint_statement TJ CN
      ru_2025_tm_jp_press_release TM JP
      ru_2025_uz_tm_joint_statement UZ TM
      ru_2012_cis_ipa_anniversary_statement CIS
      ru_2014_duma_ua_statement RU
      ru_2025_ur_cpc_protocol UR CPC
      ru_2025_csto_pa_statement CSTO
      ru_1972_su_iq_treaty SU IQ
      ru_1991_su_il_relations_statement IL SU
      ru_2018_ru_eg_partnership_treaty RU EG
      ru_2019_ru_sa_oil_producers_charter RU SA
      ru_2019_ru_tr_syria_memorandum RU TR
      ru_2023_ru_eccas_memorandum RU ECCAS
      ru_2023_ru_ug_space_statement RU UG
      ru_2011_brics_sanya_declaration BRICS BR RU IN CN ZA
      ru_2013_brics_strelna_statement BRICS
      ru_2017_brics_agriculture_nanjing_declaration BRICS
      ru_2023_g20_new_delhi_declaration G20
      ru_2025_ru_cu_military_agreement RU CU
      ru_2025_ni_ru_regions_agreements NI RU
      ru_2006_black_sea_forum_declaration RO GE UA AM MD AZ BG TR GR
      ru_2010_ru_us_defence_memorandum US RU
      ru_2021_ru_tm_space_statement RU TM
      ru_2004_ru_asean_terrorism_declaration RU ASEAN
      ru_2008_sco_hog_astana_communique SCO
      ru_2009_sco_yekaterinburg_declaration SCO
      ru_2016_cica_fm_beijing_declaration CICA
      ru_2018_apec_port_moresby_declaration APEC
      ru_2019_admm_plus_bangkok_statement ASEAN
      ru_2022_apec_ministers_bangkok_statement APEC
      ru_2024_ru_asean_tac_statement RU ASEAN
      ru_2007_ru_lv_border_treaty RU LV
      ru_2009_ru_kg_military_memorandum RU KG
      ru_2010_am_ru_base_protocol RU AM
      ru_2010_ru_ua_kharkiv_fleet_agreement UA RU
      ru_2014_ru_ee_border_treaties RU EE
      ru_2023_by_ru_foreign_policy_programme BY RU
      ru_1966_in_pk_tashkent_declaration IN PK
      ru_2014_ru_pk_military_agreement RU PK
      ru_2016_ru_bd_rooppur_credit_agreement RU BD
      ru_2017_ru_ph_joint_statement RU PH
      ru_2021_ru_in_joint_statement RU IN
      ru_2024_ru_la_military_agreement RU LA
      ru_2024_ru_mn_fuel_agreement RU MN
      ru_2025_ru_id_partnership_declaration RU ID
      ru_2025_ru_mm_space_memorandum RU MM
      ru_2025_ru_vn_joint_declaration RU VN
      ru_2014_apec_food_security_beijing_declaration APEC
      ru_2014_mercosur_parana_summit_documents MERCOSUR
      ru_2005_las_algiers_summit LAS
      ru_2012_cis_ashgabat_summit CIS
      ru_2012_un_sc_syria_statement UN
      ru_2015_osce_belgrade_terrorism_declaration OSCE
      ru_2021_union_state_ssc_decree UNION_STATE
      ru_2022_las_algiers_statement LAS
      ru_2023_csto_minsk_declaration CSTO
      ru_2006_by_ru_culture_protocol BY RU
      ru_2012_by_ru_culture_programme BY RU
      ru_2015_ru_la_culture_memorandum RU LA
      ru_2018_ru_cn_academies_agreement RU CN
      ru_2024_mogilev_shandong_university_memorandum BY CN
      ru_2024_voronezh_bukhara_tourism_memorandum RU UZ
      ru_2025_astrakhan_mogilev_culture_agreement RU BY
      ru_2011_eurasec_hog_kg_customs_union_decision EURASEC
      ru_2011_g20_cannes_communique G20
      ru_2014_sco_dushanbe_declaration SCO
      ru_2018_brics_johannesburg_declaration BRICS BR RU IN CN ZA
      ru_2018_csto_astana_declaration CSTO
      ru_2022_cis_culture_statement CIS
      ru_2022_sco_samarkand_declaration SCO
      ru_2018_mn_jp_joint_statement MN JP
      ru_2021_ge_md_ua_batumi_declaration GE MD UA
      ru_2022_kz_tr_joint_statement TR KZ
      ru_2021_vn_la_joint_statement VN LA
      ru_2024_az_cn_joint_declaration AZ CN
      ru_2024_ro_md_declaration RO MD
      ru_2025_mn_kg_joint_declaration MN KG
      ru_1955_su_dd_relations_treaty SU DD
      ru_2008_ru_cy_joint_declaration RU CY
      ru_2025_ru_rs_fm_meeting RU
      ru_2010_ru_wfp_memorandum RU WFP
      ru_2014_ru_wfp_partnership_agreement RU WFP
      ru_2022_ru_un_memorandum RU UN
      ru_2025_ru_africa_ministerial_statement RU AFRICAN_UNION
      ru_1954_su_cn_declarations SU CN
      ru_1955_su_vn_communique SU VN
      ru_2002_ru_kz_tm_uz_gas_statement RU KZ TM UZ
      ru_2005_ru_mx_commission_final_act RU MX
      ru_2025_ru_sd_transport_memorandum RU SD
      ru_2025_mn_ru_commission_protocol MN RU
      ru_2001_cis_ipa_final_document CIS
      ru_2016_ur_sns_memorandum UR SNS
      ru_2024_duma_sf_osce_pa_statement RU
      ru_2025_ur_mpp_protocol UR MPP
      ru_1989_su_it_declaration SU IT
      ru_1990_ru_ua_treaty RU UA
      ru_1991_ru_kz_communique RU KZ
      ru_1991_ru_kz_economic_space_statement RU KZ
      ru_1991_ru_lv_economic_agreement RU LV
      ru_2010_ru_sy_cooperation_documents RU SY
      ru_2014_ru_bh_investment_memorandum RU BH
      ru_2016_ru_qa_military_agreement RU QA
      ru_2019_ru_lb_joint_communique LB RU
      ru_2016_ru_bo_space_statement RU BO
      ru_2016_ru_ni_space_statement RU NI
      ru_2020_ru_au_troika_statement RU AFRICAN_UNION CD EG ZA
      ru_2021_ru_tg_visa_agreement RU TG
      ru_2025_ru_mr_visa_agreement RU MR
      ru_2001_apec_shanghai_terrorism_statement APEC
      ru_2009_apec_singapore_declaration APEC
      ru_2008_ru_ua_action_plan_report UA RU
      ru_2010_ru_ua_kyiv_visit_report RU UA
      ru_1992_ru_us_camp_david_declaration RU US
      ru_1994_ru_eu_pca_article107_declaration RU EU
      ru_2006_g8_petersburg_summit_documents G8
      ru_2015_c5_us_samarkand_declaration US UZ KZ KG TJ TM
      ru_2015_uz_kr_seoul_report UZ KR
      ru_2020_uz_tr_hlscc_joint_statement UZ TR
      ru_2022_kz_cn_anniversary_statement KZ CN
      ru_2024_kg_hu_partnership_declaration KG HU
      ru_2024_uz_my_joint_statement UZ MY
      ru_2025_eu_uz_epca_report EU UZ
      ru_2025_tm_kz_joint_statement TM KZ
      ru_2025_uz_fr_partnership_declaration UZ FR
      ru_2008_by_ve_chavez_visit_report BY VE
      ru_2016_by_tr_joint_communique_report BY TR
      ru_2024_by_cn_government_statement_report CN BY
      ru_2025_by_ir_fm_declarations_report IR BY
      ru_2002_nsg_plenary_report NSG
      ru_2008_moscow_bavaria_commission_communique RU DE
      ru_2010_kharkiv_tatarstan_agreement UA RU
      ru_2013_gazprom_cnpc_memorandum RU CN
      ru_2014_kyzylorda_tatarstan_memorandum KZ RU
      ru_2017_vladivostok_harbin_twinning RU CN
      ru_2018_by_ua_regions_forum_agreements BY UA
      ru_2025_turkestan_wenzhou_memorandum CN KZ
      ru_2004_un_sc_grozny_statement_report UN
      ru_2018_g20_buenos_aires_declaration_report G20
      ru_1956_su_fr_talks_statement SU FR
      ru_1957_su_dd_joint_statement SU DD
      ru_2010_ru_dk_partnership_declaration_report RU DK
      ru_2010_ru_se_agreements_report RU SE
      ru_2009_eurasec_anticrisis_fund_report EURASEC
      ru_2013_eec_ua_memorandum_report UA EAEU
      ru_2015_eaeu_vn_fta_report VN EAEU
      ru_2016_eaeu_rs_negotiations_report EAEU
      ru_2017_eec_gr_declaration_report GR EAEU
      ru_2019_eec_au_memorandum_report EAEU AFRICAN_UNION
      ru_2020_eaeu_uz_cu_observers_report EAEU
      ru_2023_eaeu_eg_fta_round_report EAEU EG
      ru_2025_eaeu_mn_trade_agreement_report EAEU MN
      ru_2022_ru_cn_new_era_statement_report RU CN
      ru_2022_ru_tr_sochi_statement_report RU TR
      ru_2022_ru_uz_partnership_declaration_report RU UZ
      ru_2022_ru_cn_hog_communique_announcement RU CN
      ru_2023_by_ru_fm_collegia_documents_report RU BY
      ru_2024_ru_cn_hog_communique_entry RU CN
      ru_2025_mm_ru_npp_agreement_report RU MM
      ru_2008_ric_yekaterinburg_fm_report RU IN CN
      ru_2018_ir_ru_tr_fm_astana_report IR TR RU
      ru_2019_cn_ru_us_afghanistan_report RU CN US
      ru_2019_cis_fm_space_statement_report CIS
      ru_2002_ru_in_delhi_declaration_report RU IN
      ru_2005_ru_kg_joint_statement_report RU KG
      ru_2008_ru_ly_atom_agreement_report RU LY
      ru_2009_ru_cl_visit_report RU CL
      ru_2010_ru_ua_transnistria_statement_report RU UA
      ru_2012_ru_tj_military_base_agreement_report RU TJ
      ru_2007_caspian_fm_tehran_report KZ AZ IR RU TM
      ru_2008_g20_washington_summit_report G20
      ru_2008_sco_dushanbe_declaration_report SCO
      ru_2010_csto_moscow_informal_summit_report CSTO
      ru_2015_sco_ufa_summit_documents_report SCO
      ru_2018_cis_dushanbe_summit_documents_report CIS
      ru_2020_brics_moscow_declaration_report BRICS
      ru_2022_csto_yerevan_declaration_report CSTO
      ru_2007_guam_baku_summit_report GUAM GE UA AZ MD
      ru_2010_turkic_istanbul_declaration_report KZ TR AZ KG TM
      ru_2017_az_ir_tr_fm_baku_statement AZ IR TR
      ru_2022_az_ge_kz_tr_transcaspian_declaration GE AZ TR KZ
      ru_2025_eco_khankendi_communique_report ECO
      ru_2025_az_pk_tr_speakers_islamabad_declaration_report AZ PK TR
      ru_2016_ru_vu_visa_agreement_report RU VU
      ru_2018_ru_pw_dm_visa_agreements_report RU PW DM
      ru_2019_ru_cv_visa_agreement_report RU CV
      ru_2019_ru_mv_visa_agreement_report RU MV
      ru_2023_ru_sz_visa_agreement_report RU SZ
      ru_2024_ru_st_military_cooperation_agreement_report RU ST
      ru_2011_cn_ua_consulate_agreement_report UA CN
      ru_2011_tr_ua_strategic_council_declaration_report UA TR
      ru_2017_ge_ua_strategic_partnership_declaration_report UA GE
      ru_2018_md_tr_strategic_council_report TR MD
      ru_2021_ge_md_ua_mfa_memorandum_report MD UA GE
      ru_2002_kz_jp_grant_notes_agreement JP
      ru_2022_cn_kh_communique_report CN KH
      ru_2023_fr_cn_joint_statement_report FR CN
      ru_2009_ifas_joint_statement_report IFAS KZ KG TJ TM UZ
      ru_2012_eco_baku_declaration_report ECO
      ru_2025_am_pk_diplomatic_relations_communique_report AM PK
      ru_2025_kg_gw_diplomatic_relations_communique_report KG GW
      ru_2025_tm_bw_diplomatic_relations_communique_report TM BW
      ru_2025_uz_lc_diplomatic_relations_communique_report UZ LC
      ru_2006_cu_ve_bo_alba_communique VE BO
      ru_2010_ir_tr_br_tehran_declaration_report TR BR
      ru_2018_et_er_peace_declaration_report ET ER
      ru_2022_vn_kh_joint_statement_report VN KH
      ru_2023_eg_jo_ps_alamein_communique_report EG JO
      ru_2023_sy_ir_communique_report SY IR
      ru_2024_vn_cu_joint_statement_report VN CU
      ru_2006_csto_defence_council_minsk_report CSTO
      ru_2007_ua_il_joint_declaration_report UA IL
      ru_2009_baltic_council_ministers_declaration_report LV LT EE
      ru_2017_guam_fm_communique_report GUAM
      ru_2020_us_il_ae_joint_statement_report US
      ru_2021_lt_ua_european_perspective_declaration_report UA LT
      ru_2023_pl_baltic_fm_declaration_report PL LV LT EE
      ru_2025_baltic_assembly_statement_report BALTIC_ASSEMBLY
      ru_2025_lublin_triangle_fm_statement_report LT PL
      ru_2019_am_cy_gr_fm_joint_statement_report CY AM GR
      ru_2021_az_pk_tr_speakers_baku_declaration_report AZ PK TR
      ru_2021_c5_us_fm_joint_statement_report KZ KG TJ TM UZ US
      ru_2021_ots_istanbul_declaration_report OTS
      ru_2022_az_ge_hu_ro_green_energy_agreement_report AZ GE RO HU
      ru_2022_in_ca_summit_declaration_report KZ KG TJ TM UZ
      ru_2025_am_us_strategic_partnership_charter_report AM US
      ru_2025_ca_jp_tokyo_declaration_report JP KZ UZ KG TJ TM
      ru_2017_eaeu_ir_interim_agreement_report EAEU
      ru_2001_md_cn_joint_declaration_report MD
      ru_2013_by_cn_partnership_declaration_report BY CN
      ru_2017_cn_pa_diplomatic_relations_communique_report CN PA
      ru_2023_cn_hn_diplomatic_relations_communique_report CN HN
      ru_2024_cn_br_ukraine_joint_statement_report BR CN
      ru_2024_cn_my_joint_statement_report CN MY
      ru_2025_br_cn_joint_statements_report BR CN
      ru_2005_ru_gr_bg_oil_pipeline_memorandum_report RU GR BG
      ru_2008_ru_fr_georgia_principles_report FR
      ru_2009_ru_us_fr_karabakh_statement_report US RU FR
      ru_2010_ru_at_south_stream_agreement_report RU AT
      ru_2010_ru_de_meseberg_memorandum_report DE
      ru_2010_ru_us_fr_karabakh_statement_report RU US FR
      ru_2014_ru_es_cross_years_statement_report RU ES
      ru_2010_g20_toronto_statement_report G20
      ru_2022_escap_bangkok_declaration_report ESCAP
      ru_2023_eu_celac_summit_statement_report EU CELAC
      ru_2024_nam_kampala_declaration_entry NAM
      ru_2025_arab_islamic_doha_declaration_report OIC LAS
      ru_2004_am_ge_joint_statement_report AM GE
      ru_2012_am_ir_intergovernmental_commission_memorandum_report AM IR
      ru_2019_kz_mh_diplomatic_relations_communique_report KZ MH
      ru_2020_pl_lt_strategic_partnership_declaration_report PL LT
      ru_2021_az_tm_dostlug_memorandum_report AZ TM
      ru_2021_lv_ua_european_perspective_declaration_report UA LV
      ru_2022_az_ua_joint_statement_report AZ UA
      ru_2023_kg_lc_diplomatic_relations_communique_report KG LC
      ru_2024_am_ge_strategic_partnership_report GE AM
      ru_2025_kg_pg_diplomatic_relations_communique_report KG PG
      ru_2000_shanghai5_fm_communique_report RU CN KZ KG TJ
      ru_2002_sco_prosecutors_statement_report CN RU KZ KG TJ UZ
      ru_2008_sco_defence_dushanbe_communique_report SCO
      ru_2013_sco_energy_club_memorandum_report RU AF BY KZ CN MN IN TJ TR LK
      ru_2024_brics_emergencies_kazan_declaration_report BRICS
      ru_2025_cis_security_services_memorandum_report CIS
      ru_2025_csto_fm_middle_east_statement_report CSTO
      ru_2003_ru_sa_memorandum_report RU SA
      ru_2018_ru_tr_idlib_memorandum_report RU TR
      ru_2022_ir_ru_tr_tehran_statement_report RU IR TR
      ru_2025_gcc_sakhir_declaration_report GCC
      ru_2014_celac_zone_of_peace_proclamation_report CELAC
      ru_2017_ru_za_infosec_agreement_report RU ZA
      ru_2018_ru_zw_economic_zone_memorandum_report RU ZW
      ru_2023_ru_africa_action_plan_report RU
      ru_2024_ru_bf_space_statement RU BF
      ru_2025_ru_mg_space_statement RU MG
      ru_2010_by_national_assembly_statement_report BY
      ru_2015_pabsec_terrorism_declaration_report BSEC
      ru_2018_turkpa_izmir_declaration_report TURKPA
      ru_2024_cis_ipa_victory_80_appeal_report CIS
      ru_2024_csto_pa_victory_80_appeal_report CSTO
      ru_2006_baltic_pl_presidents_vilnius_statement_report LT LV EE PL
      ru_2010_ru_pl_fm_border_traffic_declaration_report RU PL
      ru_2014_v4_pm_ukraine_statement_report V4 CZ HU PL SK
      ru_2018_baltic_pl_grid_synchronisation_statement_report LT EE LV PL
      ru_2019_bg_gr_ro_rs_snagov_declaration_report RO BG GR RS
      ru_2020_lublin_triangle_declaration_report PL LT
      ru_2023_b9_warsaw_declaration_report B9
      ru_2024_bg_ro_tr_black_sea_mine_memorandum_report TR RO BG
      ru_2005_six_party_joint_declaration KR KP US CN JP RU
      ru_2008_cn_jp_joint_statement_report CN JP
      ru_2013_kr_cn_statement_report KR CN
      ru_2013_ru_jp_statement_report JP RU
      ru_2022_apec_bangkok_declaration_report APEC
      ru_2010_g8_muskoka_statement_report US GB FR DE IT CA JP RU
      ru_2014_minsk_protocol_report OSCE UA RU
      ru_2003_ru_ir_energy_memorandum_report RU IR
      ru_2005_ru_ua_education_science_statement_report RU UA
      ru_2016_yerevan_public_health_declaration_report AM BY GE IR RU KZ
      ru_2025_az_ru_ir_baku_communique_report AZ RU IR
      ru_2017_ru_us_fr_karabakh_statement_report RU US FR
      ru_2025_cis_energy_security_declaration_report CIS
      ru_2025_cn_ru_ir_beijing_statement_report CN RU IR
      ru_2025_ru_ml_relations_agreement_report RU ML
      ru_2025_us_cn_geneva_joint_statement_report US CN
      ru_2025_us_tr_qa_eg_sharm_declaration_report US TR QA EG
      ru_2025_us_ua_jeddah_joint_statement_report US
      ru_1984_cmea_economic_summit_report CMEA
      ru_1991_warsaw_pact_budapest_statement_report WARSAW_PACT
      ru_2022_un_hrc_russophobia_joint_statement_report RU BY CN
      ru_2022_un_outer_space_joint_statement_report BY VE CN KP NI SY RU
      ru_2008_leningrad_kyiv_oblasts_programme_report RU UA
      ru_2025_sco_roscongress_memorandum_report SCO
      ru_2025_ur_belaya_rus_protocol_report UR BELAYA_RUS
      ru_2025_ur_united_abkhazia_agreement_report UR UNITED_ABKHAZIA
      ru_2011_am_ru_state_visit_documents_report AM RU
      ru_2017_ru_tm_strategic_partnership_treaty_report RU TM
      ru_2023_tj_by_mfa_consultations_plan_report TJ BY
      ru_2024_kz_tj_allied_treaty_report KZ TJ
      ru_2024_uz_az_allied_treaty_report UZ AZ
      ru_2024_uz_ru_joint_commission_communique_report UZ RU
      ru_2025_kz_uz_joint_statement_report KZ UZ
      ru_2001_cn_vn_joint_statement VN
      ru_2006_cn_la_joint_statement_report CN LA
      ru_2007_kz_tm_cooperation_agreement_report TM KZ
      ru_2011_tj_pk_joint_statement_report TJ PK
      ru_2012_ru_kz_us_semipalatinsk_statement_report US KZ RU
      ru_2012_uz_tm_joint_statement_report UZ TM
      ru_1992_ru_hu_budapest_agreements_report RU HU
      ru_2016_osce_mg_vienna_statement_report RU US FR
      ru_2022_az_rs_strategic_partnership_memorandum_report AZ RS
      ru_2023_by_hu_mfa_cooperation_programme_report BY HU
      ru_2024_uz_de_samarkand_declaration_report UZ DE
      ru_1996_by_kg_kz_ru_integration_treaty KZ BY KG RU
      ru_2001_sakhalin_hokkaido_protocol_report JP RU
      ru_2008_ru_cn_humanitarian_commission_protocols_report RU CN
      ru_2010_rostov_luhansk_euroregion_report UA RU
      ru_2011_ru_kz_altai_crossborder_programme_report RU KZ
      ru_2015_belgorod_by_agreement_report RU BY
      ru_2017_ru_ee_crossborder_agreement_report RU EE
      ru_2017_ufa_bishkek_twinning_memorandum_report RU KG
      ru_2025_orenburg_west_kazakhstan_roadmap_report RU KZ
      ru_2007_sco_defence_bishkek_communique_report SCO
      ru_2018_csto_sco_cis_antiterror_memorandum_report CSTO SCO CIS
      ru_2025_cis_prosecutors_migration_agreement_report CIS
      """;

  /** The two corpora and where their records differ. */
  enum Corpus {
    /** Russian: split.tsv, lost.tsv, two seeds; kind, title, date, place, signatories and clauses may be null (not scored). */
    RU(false),
    /** English: SPLIT.md's headings; kind and date are always given (corpus/en/tools/check_gold.py asserts them). */
    EN(true);

    private final boolean kindAndDateRequired;

    Corpus(boolean kindAndDateRequired) {
      this.kindAndDateRequired = kindAndDateRequired;
    }

    String language() {
      return name().toLowerCase(Locale.ROOT);
    }

    Path dir() {
      return repositoryRoot().resolve("corpus").resolve(language());
    }
  }

  /** One corpus's gold files and records, each record as the rows naming each document. */
  private record Records(
      Map<String, JsonNode> golds,
      Map<String, List<String>> split,
      Map<String, List<String>> sha,
      Map<String, List<String>> rebuild,
      Map<String, List<String>> lost,
      Set<String> sources,
      List<String> unreadable,
      Set<String> malformedShaLines) {}

  private static final Map<Corpus, Records> RECORDS = new EnumMap<>(Corpus.class);

  @ParameterizedTest
  @EnumSource(Corpus.class)
  void goldFiles_parseAndHaveTheGoldShape(Corpus corpus) {
    // GIVEN every gold file of the corpus
    Records records = records(corpus);
    // WHEN each is read as eval reads it and checked field by field
    List<String> problems = new ArrayList<>(records.unreadable());
    records.golds().forEach((file, gold) -> problems.addAll(shapeProblems(corpus, file, gold)));
    // THEN none is out of shape
    assertEquals(List.of(), problems, corpus + ": gold files out of the shape of shared/gold/GUIDELINES.md");
    assertTrue(records.golds().size() >= 200, corpus + ": only " + records.golds().size() + " gold files found");
  }

  @ParameterizedTest
  @EnumSource(Corpus.class)
  void goldFiles_haveOneSplitRowOneChecksumAndOneRebuildRow(Corpus corpus) {
    Records records = records(corpus);
    List<String> problems = new ArrayList<>();
    for (String file : records.golds().keySet()) {
      String document = documentOf(file);
      List<String> split = records.split().getOrDefault(document, List.of());
      if (split.size() != 1) {
        problems.add(file + ": " + split.size() + " split rows, not 1 " + split);
      } else if (!split.get(0).matches("seed|tune|test\\d*")) {
        problems.add(file + ": split " + split.get(0) + " is not seed, tune or test<N>");
      }
      int sha = records.sha().getOrDefault(document, List.of()).size();
      if (sha != 1) {
        problems.add(file + ": " + sha + " lines in SHA256SUMS, not 1");
      }
      List<String> rebuild = records.rebuild().getOrDefault(document, List.of());
      List<String> lost = records.lost().get(document);
      if (lost != null) {
        if (!lost.equals(split)) {
          problems.add(file + ": split " + lost + " in lost.tsv, " + split + " in the split");
        }
        if (rebuild.contains("MATCH")) {
          problems.add(file + ": listed in lost.tsv, but REBUILD.tsv says MATCH");
        }
      } else if (!split.equals(List.of("seed"))) {
        if (rebuild.size() != 1) {
          problems.add(file + ": " + rebuild.size() + " rows in REBUILD.tsv, not 1 (and not in lost.tsv nor a seed)");
        } else if (corpus == Corpus.RU && !rebuild.get(0).equals("MATCH")) {
          problems.add(file + ": REBUILD.tsv says " + rebuild.get(0) + ", but its text is not listed in lost.tsv");
        }
      }
    }
    assertEquals(List.of(), problems, corpus + ": gold files whose records are missing or repeated");
  }

  @ParameterizedTest
  @EnumSource(Corpus.class)
  void goldFiles_areNamedInSources(Corpus corpus) {
    Records records = records(corpus);
    List<String> unnamed = records.golds().keySet().stream()
        .filter(file -> !records.sources().contains(documentOf(file))
            && !records.sources().contains(documentOf(file).replaceFirst("\\.txt$", "")))
        .toList();
    assertEquals(List.of(), unnamed, corpus + ": gold files that no row of SOURCES.md's tables names");
  }

  @ParameterizedTest
  @EnumSource(Corpus.class)
  void records_nameNoDocumentWithoutGold(Corpus corpus) {
    Records records = records(corpus);
    Set<String> documents = records.golds().keySet().stream().map(CorpusRecordsTest::documentOf)
        .collect(Collectors.toSet());
    Map<String, Set<String>> strays = new TreeMap<>();
    if (!records.malformedShaLines().isEmpty()) {
      strays.put("SHA256SUMS lines not \"<sha-256>  <file>\"", records.malformedShaLines());
    }
    Map.of("split", records.split(), "SHA256SUMS", records.sha(), "REBUILD.tsv", records.rebuild(),
        "lost.tsv", records.lost()).forEach((name, rows) -> {
          Set<String> stray = new TreeSet<>(rows.keySet());
          stray.removeAll(documents);
          if (!stray.isEmpty()) {
            strays.put(name, stray);
          }
        });
    assertEquals(Map.of(), strays, corpus + ": records that name a document without a gold file");
  }

  @ParameterizedTest
  @EnumSource(Corpus.class)
  void partyIds_areStateCodesOrOrganisationAcronyms(Corpus corpus) {
    Set<String> states = stateIds();
    List<String> problems = new ArrayList<>();
    records(corpus).golds().forEach((file, gold) -> {
      for (String id : texts(gold.path("states"))) {
        if (!states.contains(id)) {
          problems.add(file + ": state " + id + " is not an id of states.tsv (ISO 3166-1 alpha-2)");
        }
      }
      for (String id : texts(gold.path("organizations"))) {
        if (!ORGANISATION_ID.matcher(id).matches() || states.contains(id)) {
          problems.add(file + ": organisation " + id + " is not an upper-case acronym distinct from every state id");
        }
      }
      for (String id : texts(gold.path("signatories"))) {
        if (!states.contains(id) && !ORGANISATION_ID.matcher(id).matches()) {
          problems.add(file + ": signatory " + id + " is neither a state id nor an organisation acronym");
        }
      }
    });
    assertEquals(List.of(), problems, corpus + ": party ids out of GUIDELINES.md's id space");
  }

  @ParameterizedTest
  @EnumSource(Corpus.class)
  void signatoriesAndParticipantsParties_areAmongTheGoldsStatesOrOrganizations(Corpus corpus) {
    // GIVEN the parties each gold file lists, and the known exceptions of the wrapper convention
    Map<String, Set<String>> known = new LinkedHashMap<>();
    WRAPPER_PARTIES.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
      List<String> cells = Arrays.asList(l.split(" "));
      known.put(cells.get(0) + ".gold.json", new HashSet<>(cells.subList(1, cells.size())));
    });
    // WHEN the signatories and participants' parties outside them are gathered
    List<String> slips = new ArrayList<>();
    records(corpus).golds().forEach((file, gold) -> {
      Set<String> parties = new HashSet<>(texts(gold.path("states")));
      parties.addAll(texts(gold.path("organizations")));
      List<String> named = new ArrayList<>(texts(gold.path("signatories")));
      gold.path("participants").forEach(p -> named.addAll(texts(p.path("party"))));
      for (String id : named) {
        if (!parties.contains(id) && !known.getOrDefault(file, Set.of()).contains(id)) {
          slips.add(file + ": " + id);
        }
      }
    });
    // THEN there are none but the known ones
    assertEquals(List.of(), slips, corpus + ": signatories or participants' parties not among the gold's states or "
        + "organizations (a slip, or, on a news page, a party only its wrapper names: then see WRAPPER_PARTIES)");
  }

  @Test
  void seeds_goldIsTheGoldTheSeedTestsScore() throws Exception {
    // GIVEN the seeds (split.tsv), whose gold is kept twice: in corpus/ru/gold and in this module's
    // test resources, which SeedQualityTest scores
    Records records = records(Corpus.RU);
    List<String> seeds = records.split().entrySet().stream().filter(e -> e.getValue().equals(List.of("seed")))
        .map(e -> e.getKey().replaceFirst("\\.txt$", ".gold.json")).toList();
    assertEquals(2, seeds.size(), "seeds in split.tsv: " + seeds);
    for (String seed : seeds) {
      // WHEN both copies are read THEN they are the same JSON
      JsonNode copy = JSON.readTree(CorpusRecordsTest.class.getResource("/gold/" + seed));
      assertEquals(copy, records.golds().get(seed), seed + " differs between corpus/ru/gold and cli/src/test/resources/gold");
    }
  }

  @Test
  void shapeProblems_slipsInAGoldFile_nameTheFileAndTheField() throws Exception {
    // GIVEN a gold file with a slip in most fields
    JsonNode gold = JSON.readTree(("{'document': 'ru_x.txt', 'language': 'en', 'kind': 'TREATY', 'title': null,"
        + " 'date': '2025-02-30', 'place': null, 'signatories': ['KZ', 'KZ'], 'states': ['KZ'],"
        + " 'organizations': [], 'other_organizations': ['Фонд'], 'participants': [{'name': 'А', 'party': 'KZ'}],"
        + " 'clauses': -1, 'initiatives': [{'name': 'B', 'proposer': null, 'optional': false}],"
        + " 'mechanisms': [{'name': 'C', 'status': 'planned'}],"
        + " 'events': [{'name': 'D', 'ordinal': null, 'date': '26.04.2025', 'place': null, 'status': 'held'}]}")
        .replace('\'', '"'));
    // WHEN it is checked as a Russian gold file named ru_y.gold.json
    String problems = String.join("\n", shapeProblems(Corpus.RU, "ru_y.gold.json", gold));
    // THEN each slip is reported with the file and the field
    for (String expected : List.of("ru_y.gold.json: document ru_x.txt is not the file's name with .txt",
        "ru_y.gold.json: language \"en\", not \"ru\"", "ru_y.gold.json: kind \"TREATY\"",
        "ru_y.gold.json: date \"2025-02-30\" is not a day (YYYY-MM-DD) or null",
        "ru_y.gold.json: signatories repeat an id", "ru_y.gold.json: clauses -1",
        "ru_y.gold.json: other_organizations[0] \"Фонд\": keys are not [name]",
        "ru_y.gold.json: participants[0] {\"name\":\"А\",\"party\":\"KZ\"}: keys are not [name, party, role]",
        "ru_y.gold.json: initiatives[0].optional false, not true",
        "ru_y.gold.json: mechanisms[0].status \"planned\"",
        "ru_y.gold.json: events[0].date \"26.04.2025\" is not ISO 8601/EDTF")) {
      assertTrue(problems.contains(expected), () -> "expected «" + expected + "» among:\n" + problems);
    }
    assertEquals(11, problems.lines().count(), problems);
  }

  /** The problems of one gold file's shape, each as {@code file: field and what is wrong}. */
  static List<String> shapeProblems(Corpus corpus, String file, JsonNode gold) {
    List<String> problems = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    gold.fieldNames().forEachRemaining(keys::add);
    if (!keys.equals(KEYS)) {
      problems.add(file + ": keys are not, in this order, " + KEYS + ": " + keys);
      return problems;
    }
    if (!gold.get("document").asText().equals(file.replaceFirst("\\.gold\\.json$", ".txt"))) {
      problems.add(file + ": document " + gold.get("document").asText() + " is not the file's name with .txt");
    }
    if (!gold.get("language").asText().equals(corpus.language())) {
      problems.add(file + ": language " + gold.get("language") + ", not \"" + corpus.language() + "\"");
    }
    JsonNode kind = gold.get("kind");
    if (kind.isNull() ? corpus.kindAndDateRequired : !KINDS.contains(kind.asText())) {
      problems.add(file + ": kind " + kind);
    }
    JsonNode date = gold.get("date");
    if (date.isNull() ? corpus.kindAndDateRequired : !isDay(date.asText())) {
      problems.add(file + ": date " + date + " is not a day (YYYY-MM-DD)" + (corpus.kindAndDateRequired ? "" : " or null"));
    }
    for (String field : List.of("title", "place")) {
      if (!gold.get(field).isNull() && !gold.get(field).isTextual()) {
        problems.add(file + ": " + field + " " + gold.get(field) + " is not text or null");
      }
    }
    for (String field : List.of("signatories", "states", "organizations")) {
      JsonNode ids = gold.get(field);
      if (ids.isNull() && field.equals("signatories") && !corpus.kindAndDateRequired) {
        continue;
      }
      if (!ids.isArray() || texts(ids).size() != ids.size()) {
        problems.add(file + ": " + field + " " + ids + " is not a list of ids");
      } else if (new HashSet<>(texts(ids)).size() != ids.size()) {
        problems.add(file + ": " + field + " repeat an id");
      }
    }
    JsonNode clauses = gold.get("clauses");
    if (!(clauses.isNull() || clauses.isInt() && clauses.asInt() >= 0)) {
      problems.add(file + ": clauses " + clauses);
    }
    ITEM_KEYS.forEach((field, itemKeys) -> itemProblems(file, field, gold.get(field), itemKeys, problems));
    problems.sort(null);
    return problems;
  }

  private static void itemProblems(String file, String field, JsonNode items, Set<String> itemKeys,
      List<String> problems) {
    if (!items.isArray()) {
      problems.add(file + ": " + field + " is not a list");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = file + ": " + field + "[" + i + "]";
      Set<String> keys = new HashSet<>();
      item.fieldNames().forEachRemaining(keys::add);
      keys.remove("optional");
      if (!item.isObject() || !keys.equals(itemKeys)) {
        problems.add(at + " " + item + ": keys are not " + new TreeSet<>(itemKeys) + " (+ optional)");
        continue;
      }
      if (!item.get("name").isTextual() || item.get("name").asText().isBlank()) {
        problems.add(at + ".name " + item.get("name"));
      }
      if (item.has("optional") && !item.get("optional").equals(JSON.getNodeFactory().booleanNode(true))) {
        problems.add(at + ".optional " + item.get("optional") + ", not true");
      }
      for (String text : List.of("party", "role", "proposer", "place")) {
        if (item.has(text) && !item.get(text).isNull() && !item.get(text).isTextual()) {
          problems.add(at + "." + text + " " + item.get(text) + " is not text or null");
        }
      }
      if (field.equals("mechanisms") && !MECHANISM_STATUSES.contains(item.get("status").asText(""))) {
        problems.add(at + ".status " + item.get("status"));
      }
      if (field.equals("events")) {
        if (!EVENT_STATUSES.contains(item.get("status").asText(""))) {
          problems.add(at + ".status " + item.get("status"));
        }
        JsonNode date = item.get("date");
        if (!date.isNull() && !(date.isTextual() && EDTF.matcher(date.asText()).matches())) {
          problems.add(at + ".date " + date + " is not ISO 8601/EDTF");
        }
        if (!item.get("ordinal").isNull() && !item.get("ordinal").isInt()) {
          problems.add(at + ".ordinal " + item.get("ordinal"));
        }
      }
    }
  }

  private static boolean isDay(String date) {
    if (!DAY.matcher(date).matches()) {
      return false;
    }
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The text values of a list (or of one text node); numbers, objects and nulls are left out. */
  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    if (node.isTextual()) {
      texts.add(node.asText());
    }
    node.forEach(x -> {
      if (x.isTextual()) {
        texts.add(x.asText());
      }
    });
    return texts;
  }

  private static String documentOf(String goldFile) {
    return goldFile.replaceFirst("\\.gold\\.json$", ".txt");
  }

  private static synchronized Records records(Corpus corpus) {
    return RECORDS.computeIfAbsent(corpus, CorpusRecordsTest::read);
  }

  private static Records read(Corpus corpus) {
    try {
      Path dir = corpus.dir();
      Map<String, JsonNode> golds = new LinkedHashMap<>();
      List<String> unreadable = new ArrayList<>();
      for (Path file : GoldFiles.list(dir.resolve("gold"))) {
        // Read as eval reads it (GoldFiles: valid JSON, no repeated key, fields of the right type); a file
        // eval refuses is still checked below where it is JSON, so that one slip does not hide the others.
        try {
          golds.put(file.getFileName().toString(), GoldFiles.read(file));
        } catch (GoldFiles.BadGoldException e) {
          unreadable.add(e.getMessage());
          try {
            golds.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
          } catch (IOException notJson) {
            // reported above; a file that is not JSON has nothing more to check
          }
        }
      }
      Map<String, List<String>> sha = new TreeMap<>();
      Set<String> malformedShaLines = new TreeSet<>();
      for (String line : Files.readAllLines(dir.resolve("SHA256SUMS"))) {
        Matcher m = SHA_LINE.matcher(line);
        if (m.matches()) {
          sha.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(m.group(1));
        } else if (!line.isBlank()) {
          malformedShaLines.add(line);
        }
      }
      Set<String> sources = Files.readAllLines(dir.resolve("SOURCES.md")).stream().map(SOURCES_ROW::matcher)
          .filter(Matcher::find).map(m -> m.group(1)).collect(Collectors.toSet());
      Path lost = dir.resolve("lost.tsv");
      return new Records(golds,
          corpus == Corpus.RU ? tsv(dir.resolve("split.tsv")) : englishSplit(dir.resolve("SPLIT.md")),
          sha, tsv(dir.resolve("REBUILD.tsv")),
          Files.exists(lost) ? tsv(lost) : Map.of(), sources, unreadable, malformedShaLines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a record file by their first cell (a file name), each as its second cell ("" where absent). */
  private static Map<String, List<String>> tsv(Path file) throws IOException {
    Map<String, List<String>> rows = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] cells = line.split("\t");
        rows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells.length > 1 ? cells[1] : "");
      }
    }
    return rows;
  }

  /** SPLIT.md's lines that are a file name without {@code .txt}, each under its {@code ## tune} or {@code ## test…} heading. */
  private static Map<String, List<String>> englishSplit(Path file) throws IOException {
    Map<String, List<String>> rows = new TreeMap<>();
    String heading = "";
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("## ")) {
        heading = line.substring(3).strip();
      } else if (line.strip().matches("en_[a-z0-9_]+")) {
        rows.computeIfAbsent(line.strip() + ".txt", k -> new ArrayList<>())
            .add(heading.startsWith("test") ? "test" : heading);
      }
    }
    return rows;
  }

  /** The state ids of the parser's data (ISO 3166-1 alpha-2, and the withdrawn codes of former states). */
  private static Set<String> stateIds() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        CorpusRecordsTest.class.getResourceAsStream("/dev/entente/parser/ru/states.tsv"), StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")[0])
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.isDirectory(dir.resolve("corpus")) ? dir : dir.getParent();
  }
}
