#!/usr/bin/env python3
"""Writes parser/src/main/resources/dev/entente/parser/en/organizations.tsv.

One party id space for both languages: every row of ru/organizations.tsv comes over with its id,
kind and English name; its Latin-script abbreviations are kept; the table below adds the other
English names texts use (organs, short forms) and abbreviations, and organisations that English
texts name and the Russian pack does not have yet (NEW). Run from the repository root:

    python3 scripts/en-organizations.py
"""
import pathlib
import re

RU = pathlib.Path("parser/src/main/resources/dev/entente/parser/ru/organizations.tsv")
EN = pathlib.Path("parser/src/main/resources/dev/entente/parser/en/organizations.tsv")

# id: (more names, more abbreviations)
MORE = {
    "UN": ("United Nations Organization|UN Department of Economic and Social Affairs|Department of Economic and Social Affairs|Department of Political and Peacebuilding Affairs|Department of Peace Operations|UN General Assembly|United Nations General Assembly|General Assembly of the United Nations|UN Security Council|United Nations Security Council|Security Council of the United Nations|UN Secretariat|United Nations Secretariat|UN Secretary-General|United Nations Secretary-General|Secretary-General of the United Nations|Economic and Social Council|UN Economic and Social Council|International Court of Justice|UN Charter|United Nations Charter|Charter of the United Nations|Trusteeship Council|UN Peacebuilding Commission|United Nations Peacebuilding Commission|UN system|United Nations system|UN Peacekeeping|United Nations Peacekeeping|UN Human Rights Council|Human Rights Council",
           "UNGA|UNSC|ICJ|UNSG|U.N.|UNHRC"),
    "OHCHR": ("UN Human Rights Office|UN High Commissioner for Human Rights|United Nations High Commissioner for Human Rights", ""),
    "UNESCO": ("UNESCO World Heritage Committee", ""),
    "UNICEF": ("United Nations International Children's Emergency Fund|UN Children's Fund", ""),
    "UNDP": ("UN Development Programme|UN Development Program|United Nations Development Program", ""),
    "UNEP": ("UN Environment Programme|UN Environment|United Nations Environment Assembly|UN Environment Assembly", "UNEA"),
    "UNHCR": ("UN Refugee Agency|UN High Commissioner for Refugees|United Nations High Commissioner for Refugees", ""),
    "UNODC": ("UN Office on Drugs and Crime", ""),
    "UNCTAD": ("UN Conference on Trade and Development|UN Trade and Development", ""),
    "UNIDO": ("UN Industrial Development Organization", ""),
    "FAO": ("UN Food and Agriculture Organization|Food and Agriculture Organization", ""),
    "WHO": ("World Health Assembly", "WHA"),
    "ILO": ("International Labor Organization|International Labour Office", ""),
    "IMO": ("", ""),
    "ICAO": ("", ""),
    "ITU": ("", ""),
    "UPU": ("", ""),
    "WMO": ("", ""),
    "WIPO": ("", ""),
    "IFAD": ("", ""),
    "UNWTO": ("World Tourism Organization|UN Tourism", ""),
    "IAEA": ("IAEA Board of Governors|IAEA General Conference", ""),
    "WFP": ("UN World Food Programme|United Nations World Food Programme|World Food Program", ""),
    "UN_HABITAT": ("United Nations Human Settlements Programme|UN-Habitat", ""),
    "UN_WOMEN": ("United Nations Entity for Gender Equality and the Empowerment of Women|UN Women", ""),
    "UNFPA": ("UN Population Fund", ""),
    "UNFCCC": ("UN Framework Convention on Climate Change", ""),
    "KEDO": ("Korean Peninsula Energy Development Organisation", ""),
    "ESCAP": ("Economic and Social Commission for Asia and the Pacific", "UNESCAP"),
    "UNECE": ("Economic Commission for Europe", ""),
    "ECA": ("Economic Commission for Africa", ""),
    "ECLAC": ("Economic Commission for Latin America and the Caribbean", ""),
    "ESCWA": ("", ""),
    "SPECA": ("", ""),
    "UNRCCA": ("", ""),
    "UNAIDS": ("", ""),
    "UNOCT": ("UN Office of Counter-Terrorism|UN Counter-Terrorism Office", ""),
    "UNRWA": ("UN Relief and Works Agency", ""),
    "OCHA": ("UN Office for the Coordination of Humanitarian Affairs", "UNOCHA"),
    "UNODA": ("", ""),
    "UNOOSA": ("", ""),
    "COPUOS": ("Committee on the Peaceful Uses of Outer Space", ""),
    "UNDRR": ("", ""),
    "UNCITRAL": ("", ""),
    "UNITAR": ("", ""),
    "UNU": ("", ""),
    "UNOPS": ("", ""),
    "IPCC": ("", ""),
    "CTBTO": ("Comprehensive Test Ban Treaty Organization|Comprehensive Test-Ban Treaty Organization|Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO Preparatory Commission", ""),
    "OPCW": ("Organization for the Prohibition of Chemical Weapons", ""),
    "CONFERENCE_ON_DISARMAMENT": ("", ""),
    "ICC": ("", ""),
    "PCA": ("", ""),
    "ITLOS": ("", ""),
    "ISA": ("", ""),
    "WCO": ("", ""),
    "WOAH": ("World Organization for Animal Health", ""),
    "IOM": ("", ""),
    "IMF": ("", ""),
    "WB": ("World Bank Group|International Bank for Reconstruction and Development|International Development Association", ""),
    "AIIB": ("", ""),
    "NDB": ("BRICS Bank|New Development Bank of BRICS", ""),
    "ADB": ("", ""),
    "EBRD": ("", ""),
    "EDB": ("", "EDB"),
    "ISDB": ("", "IsDB|IDB Group"),
    "AFDB": ("", "AfDB|AFDB"),
    "IADB": ("", "IDB"),
    "OFID": ("", ""),
    "SCO": ("Shanghai Cooperation Organization|SCO Council of Heads of State|SCO Secretariat", ""),
    "CIS": ("", ""),
    "CSTO": ("", ""),
    "EAEU": ("Eurasian Economic Commission|Eurasian Economic Union (EAEU)|Supreme Eurasian Economic Council|Eurasian Intergovernmental Council|Eurasian Union", "EAEU|EEU|EAEC"),
    "CICA": ("Conference on Interaction and Confidence-Building Measures in Asia", ""),
    "CAREC": ("Central Asia Regional Economic Cooperation|CAREC Program", ""),
    "ECO": ("", ""),
    "OTS": ("Turkic Council|Cooperation Council of Turkic Speaking States|Cooperation Council of Turkic-Speaking States", "CCTS"),
    "BRICS": ("", ""),
    "SPC": ("South Pacific Commission", ""),
    "CAF_BANK": ("CAF – Development Bank of Latin America|Development Bank of Latin America|Andean Development Corporation", ""),
    "G20": ("G-20|Group of 20", "G-20"),  # «G20 Summit» is an event of the G20, not its name
    "G7": ("G-7|Group of 7", "G-7"),
    "G8": ("G-8", "G-8"),
    "ASEAN": ("ASEAN Secretariat|ASEAN Community|Association of South East Asian Nations|Association of South-East Asian Nations", ""),
    "ARF": ("", ""),
    "EAS": ("", ""),
    "APEC": ("Asia Pacific Economic Cooperation", ""),
    "ACD": ("", ""),
    "ASEM": ("Asia-Europe Meeting", ""),
    "SAARC": ("", ""),
    "BIMSTEC": ("", ""),
    "LMC": ("Lancang-Mekong Cooperation mechanism|Mekong-Lancang Cooperation", "LMC"),
    "PIF": ("Pacific Islands Forum Secretariat|South Pacific Forum", ""),
    "FOCAC": ("Forum on China-Africa Cooperation", ""),
    "QUAD": ("Quad|the Quad|Quad Leaders|Quadrilateral Security Dialogue", "Quad"),
    "EU": ("European Commission|European Council|Council of the European Union|European Parliament|European External Action Service|EU Delegation", "EEAS"),
    "NATO": ("North Atlantic Alliance|NATO Alliance|North Atlantic Council", "NATO PA"),
    "OSCE": ("Conference on Security and Co-operation in Europe|Office for Democratic Institutions and Human Rights", "OSCE PA"),
    "COE": ("European Court of Human Rights", "CoE|ECtHR"),
    "OECD": ("Organization for Economic Cooperation and Development|Organisation for Economic Cooperation and Development", ""),
    "BSEC": ("", ""),
    "ARCTIC_COUNCIL": ("", ""),
    "CERN": ("", ""),
    "OIC": ("Organization of Islamic Cooperation|Organization of the Islamic Conference|Islamic Conference of Foreign Ministers", ""),
    "LAS": ("Arab League|Council of Arab States|Arab Parliament", ""),
    "GCC": ("Gulf Cooperation Council", ""),
    "OPEC": ("", "OPEC+"),
    "GECF": ("", ""),
    "IEA": ("", ""),
    "IRENA": ("", ""),
    "AFRICAN_UNION": ("African Union Commission|AU Commission|Assembly of the African Union|Pan-African Parliament|African Union Development Agency|AUDA-NEPAD", "AUC"),
    "ECOWAS": ("", ""),
    "SADC": ("Southern Africa Development Community", ""),
    "CELAC": ("", ""),
    "MERCOSUR": ("Mercosur|Mercosul", ""),
    "OAS": ("", ""),
    "CARICOM": ("", ""),
    "NAM": ("Non-Aligned Movement", ""),
    "COMMONWEALTH": ("Commonwealth Secretariat|the Commonwealth|British Commonwealth|British Commonwealth of Nations", "CHOGM"),
    "IPU": ("", ""),
    "WTO": ("", ""),
    "INTERPOL": ("", ""),
    "FATF": ("", ""),
    "ICRC": ("International Red Cross", ""),
    "IOC": ("", ""),
    "CPC": ("Chinese Communist Party|CPC Central Committee|Central Committee of the Communist Party of China", "CCP"),
    "WPK": ("Workers’ Party of Korea", ""),
    "LPRP": ("", ""),
    "DPP": ("", ""),
    "LDP": ("Liberal Democratic Party", ""),
    "BJP": ("", ""),
    "IGAD": ("Intergovernmental Authority on Drought and Development", ""),
    "UNION_STATE": ("Union State", ""),
    # Rows added to ru/organizations.tsv with the complete lists of each region (session 10).
    "UNIDIR": ("UN Institute for Disarmament Research", ""),
    "UNICRI": ("UN Interregional Crime and Justice Research Institute", ""),
    "UNRISD": ("UN Research Institute for Social Development", ""),
    "UNOSSC": ("UN Office for South-South Cooperation", ""),
    "UNSSC": ("UN System Staff College", ""),
    "ICTY": ("International Tribunal for the former Yugoslavia", ""),
    "ICTR": ("International Tribunal for Rwanda", ""),
    "IRMCT": ("", ""),
    "UNSCO": ("Office of the UN Special Coordinator for the Middle East Peace Process", ""),
    "UNOAU": ("UN Office to the African Union", ""),
    "SFOR": ("Stabilization Force in Bosnia and Herzegovina", ""),
    "IFOR": ("", ""),
    "RSM": ("Operation Resolute Support", ""),
    "SEATO": ("South-East Asia Treaty Organization|South East Asia Treaty Organization|Manila Pact", ""),
    "CENTO": ("Baghdad Pact|Middle East Treaty Organization", ""),
    "ANZUS": ("ANZUS Treaty|ANZUS alliance|ANZUS Council", ""),
    "WARSAW_PACT": ("Warsaw Treaty Organization|Warsaw Treaty Organisation|Warsaw Treaty", ""),
    "CMEA": ("Council for Mutual Economic Aid", ""),
    "LEAGUE_OF_NATIONS": ("", ""),
    "WEU": ("", ""),
    "EEC": ("European Communities", ""),
    "OAU": ("Organization of African Unity", ""),
    "RIO_GROUP": ("", ""),
    "IORA": ("Indian Ocean Rim Association for Regional Cooperation|Indian Ocean Rim-Association for Regional Cooperation", "IOR-ARC"),
    "MGC": ("", ""),
    "COI": ("", ""),
    "PECC": ("", ""),
    "MRC": ("", ""),
    "SEAMEO": ("", ""),
    "AALCO": ("", ""),
    "CROP": ("Council of Regional Organizations of the Pacific", ""),
    "FFA": ("Forum Fisheries Agency", ""),
    "SPREP": ("Pacific Regional Environment Programme", ""),
    "SPTO": ("South Pacific Tourism Organisation|Pacific Tourism Organization", ""),
    "PASO": ("", ""),
    "WCPFC": ("", ""),
    "PIDF": ("", ""),
    "ASPAC": ("", ""),
    "UEMOA": ("", ""),
    "CEMAC": ("Central African Economic and Monetary Community", ""),
    "MRU": ("", ""),
    "LCBC": ("", ""),
    "NBA": ("", ""),
    "BADEA": ("", ""),
    "AMF": ("", ""),
    "OAPEC": ("", ""),
    "ACTO": ("", ""),
    "PAHO": ("", ""),
    "SELA": ("", ""),
    "PROSUR": ("", ""),
    "FONPLATA": ("Financial Fund for the Development of the River Plate Basin", ""),
    "CEI": ("", ""),
    "RCC": ("", ""),
    "SEECP": ("South East European Cooperation Process", ""),
    "ENERGY_COMMUNITY": ("Energy Community Secretariat", ""),
    "ESA": ("", ""),
    "EUROCONTROL": ("", ""),
    "BEAC": ("Barents Euro-Arctic Region Council|Barents Council", ""),
    "UFM": ("", ""),
    "B9": ("Bucharest Nine format|Bucharest Format", "B9"),
    "NSG": ("", ""),
    "MTCR": ("", ""),
    "WASSENAAR": ("", ""),
    "AUSTRALIA_GROUP": ("", ""),
    "ZANGGER": ("", ""),
    "ISA_SOLAR": ("", ""),
    "CDRI": ("", ""),
    "COVAX": ("COVAX Facility", ""),
    "GAVI": ("Gavi|GAVI Alliance|Global Alliance for Vaccines and Immunization", ""),
    "GLOBAL_FUND": ("Global Fund", ""),
    "CGIAR": ("Consultative Group on International Agricultural Research", ""),
    "GGGI": ("", ""),
    "IEF": ("", ""),
    "FSB_BOARD": ("", ""),
    "PARIS_CLUB": ("Paris Club of creditors", ""),
    "CPLP": ("Community of Portuguese-Speaking Countries", ""),
    "OIF": ("Organisation internationale de la Francophonie|International Organization of La Francophonie|La Francophonie|Francophonie", "OIF"),
    "IHO": ("", ""),
    "UNITAID": ("", ""),
    "GATT": ("", ""),
    "ACG": ("", ""),
    "IDEA": ("International IDEA", ""),
    "PLO": ("Palestine Liberation Organisation", ""),
    "MILF": ("", ""),
    "MNLF": ("", ""),
    "FATAH": ("Fatah movement", ""),
    "HAMAS": ("Islamic Resistance Movement", ""),
    "EURATOM": ("", ""),
    "IWC": ("", ""),
    "CCAMLR": ("", ""),
    "IOTC": ("", ""),
    "EGMONT": ("Egmont Group", ""),
    "APG": ("Asia-Pacific Group on Money Laundering", ""),
    "ISTC": ("International Science and Technology Centre", ""),
}

# More English names and abbreviations, appended to MORE's: missions and funds that count as their
# organisation, the abbreviations of a group's parliament or monitoring body (Parlasur, PARLACEN,
# GRECO), and the other English names of the organisations and parties added to the Russian pack
# (complete lists of standing bodies, not one document's). The full names of councils, committees,
# commissions and parliaments that are organs stay out: their heads make them mechanisms. A name
# equal to the row's English name is dropped by main(), so none is listed here.
for _oid, (_names, _abbreviations) in {
    "UN": ("United Nations Angola Verification Mission|United Nations Operation in Mozambique|United Nations Operation in Burundi|United Nations Mission in the Central African Republic and Chad|United Nations Mission in Haiti|United Nations Transitional Administration for Eastern Slavonia|United Nations Preventive Deployment Force|United Nations Emergency Force|United Nations Iran-Iraq Military Observer Group|United Nations Observer Mission in Liberia|United Nations Mission of Observers in Prevlaka|United Nations Mission for Ebola Emergency Response|UN Peacebuilding Fund|United Nations Peacebuilding Fund",
           "UNSCOM|UNMOVIC|UNAVEM|ONUMOZ|UNTAES|UNPREDEP|UNMIH|MINURCAT|ONUB|UNIIMOG|UNEF|ONUC|UNOMIL|UNMOP|MINURCA|UNMEER|UNCRO|CTED"),
    "COE": ("", "GRECO|MONEYVAL"),
    "BENELUX": ("Benelux|Benelux Economic Union", ""),
    "CPV": ("Workers' Party of Vietnam|Vietnam Workers' Party", ""),
    "CPP": ("Kampuchean People's Revolutionary Party|People's Revolutionary Party of Kampuchea", ""),
    "MPP": ("Mongolian People's Revolutionary Party", ""),
    "LCY": ("LCY Central Committee", ""),
    "SED": ("Socialist Unity Party", ""),
    "PUWP": ("Polish United Workers Party", ""),
    "CPCZ": ("Czechoslovak Communist Party", "KSČ"),
    "PCR": ("", ""),
    "PDPA": ("", ""),
    "PCF": ("Communist Party of France", ""),
    "PCI": ("Communist Party of Italy", ""),
    "CAN": ("Andean Community of Nations", ""),
    "MERCOSUR": ("", "Parlasur|PARLASUR"),
    "SICA": ("System of Central American Integration", "PARLACEN"),
    "AFDB": ("African Development Fund", ""),
    "UNION_STATE": ("Union State of Belarus and Russia|Community of Belarus and Russia|Community of Russia and Belarus", ""),
    "COLOMBO_PLAN": ("Colombo Plan Secretariat", ""),
    "ITC": ("International Trade Centre UNCTAD/WTO", ""),
    "SEGIB": ("Ibero-American Secretariat", ""),
    "PARLATINO": ("Latin American Parliament", ""),
    "FIVE_EYES": ("Five Eyes alliance|Five Eyes intelligence alliance", ""),
    "IMCTC": ("Islamic Military Coalition to Fight Terrorism|Islamic Military Counter-Terrorism Coalition", ""),
    "GCTF": ("Global Counter-Terrorism Forum|Global Counter Terrorism Forum", ""),
    "APPF": ("Asia Pacific Parliamentary Forum", ""),
    "OACPS": ("ACP Group|Group of African, Caribbean and Pacific States|African, Caribbean and Pacific Group of States", ""),
    "BAATH": ("Ba'ath Party|Baath Party|Arab Socialist Baath Party", ""),
    "PPP": ("Pakistan People's Party", ""),
    "PDI_P": ("PDI Perjuangan", ""),
    "AWAMI_LEAGUE": ("Awami League", ""),
    "PTI": ("Tehreek-e-Insaf|Pakistan Tehrik-e-Insaf", ""),
    "CDU": ("Christian Democratic Union", ""),
    "HEZBOLLAH": ("Hizbollah|Hizballah", ""),
    "KOMEITO": ("New Komeito", ""),
    "G77": ("Group of 77 and China|G77 and China|G-77 and China|Group of Seventy-Seven", "G-77"),  # «and China» is the group's name, not a mention of China
    "NAM": ("Movement of Non-Aligned Countries|Movement of Non-Aligned States|~non-aligned movement", ""),
    "PCC": ("Cuban Communist Party", ""),
    "KPRF": ("Communist Party of Russia", "CPRF"),
    "LDPR": ("", "LDPR"),
    "JUST_RUSSIA": ("A Just Russia|Just Russia|A Just Russia – Patriots – For Truth", ""),
    "AMANAT": ("Nur Otan|Nur Otan Party|Amanat|Otan Party|Otan", ""),
    "GEORGIAN_DREAM": ("Georgian Dream|Georgian Dream party", ""),
    "AKP": ("AK Party", ""),
}.items():
    _old_names, _old_abbreviations = MORE.get(_oid, ("", ""))
    MORE[_oid] = ("|".join(n for n in (_old_names, _names) if n),
                  "|".join(a for a in (_old_abbreviations, _abbreviations) if a))

# Session 32: parties of the CIS states, Russia's parliamentary parties of their day, party forums, and the
# OSCE's field operations (missions count as their organisation; the organs the Russian pack gained stay out here).
for _oid, (_names, _abbreviations) in {
    "UR": ("United Russia party", ""),
    "KPRF": ("", "KPRF"),
    "JUST_RUSSIA": ("", "SRZP"),
    "PARTY_OF_REGIONS": ("Party of Regions of Ukraine", ""),
    "YABLOKO": ("Russian United Democratic Party Yabloko|Yabloko party", ""),
    "ICAPP": ("ICAPP Standing Committee", ""),
    "CPSU": ("All-Union Communist Party (Bolsheviks)|Communist Party of the Soviet Union Central Committee|CPSU Central Committee", ""),
    "OSCE": ("OSCE Special Monitoring Mission to Ukraine|OSCE Special Monitoring Mission|OSCE Mission to Moldova|OSCE Mission in Kosovo|OSCE Mission to Bosnia and Herzegovina|OSCE Mission to Serbia|OSCE Mission to Skopje|OSCE Mission to Montenegro|OSCE Presence in Albania|OSCE Centre in Bishkek|OSCE Centre in Ashgabat|OSCE Programme Office in Dushanbe|OSCE Programme Office in Bishkek|OSCE Programme Office in Astana|OSCE Project Co-ordinator in Uzbekistan|OSCE Project Co-ordinator in Ukraine", ""),
}.items():
    _old_names, _old_abbreviations = MORE.get(_oid, ("", ""))
    MORE[_oid] = ("|".join(n for n in (_old_names, _names) if n),
                  "|".join(a for a in (_old_abbreviations, _abbreviations) if a))

# Session 18: the usual English forms of standing bodies and their organs (complete, not one
# document's): spellings without the accent, former names, and organs that count as the body.
for _oid, (_names, _abbreviations) in {
    "V4": ("Visegrad Group|Visegrad Four|Visegrád Four|International Visegrad Fund", ""),
    "BSEC": ("Black Sea Economic Cooperation", ""),
    "ECCAS": ("", "CEEAC"),
    "D8": ("Developing-8|Developing Eight", ""),
    "CAN": ("Comunidad Andina", ""),
    "SCO": ("Shanghai Five", ""),
    "GUAM": ("GUAM Organization|Organization for Democracy and Economic Development", "GUUAM"),
    "CIS": ("Interparliamentary Assembly of the Member Nations of the Commonwealth of Independent States|Interparliamentary Assembly of the CIS|Inter-Parliamentary Assembly of the CIS|CIS Interparliamentary Assembly|CIS Inter-Parliamentary Assembly|Interparliamentary Assembly of the Commonwealth of Independent States|Inter-Parliamentary Assembly of the Commonwealth of Independent States|Interparliamentary Assembly of Member Nations of the CIS", ""),
    "UNDRR": ("", "UNISDR"),
    "UN": ("Central Emergency Response Fund|Office of the United Nations Special Coordinator for Lebanon", ""),
    "OAS": ("Inter-American Court of Human Rights", ""),
    "AFRICAN_UNION": ("African Court on Human and Peoples' Rights|African Court on Human and Peoples’ Rights", ""),
    "EU": ("European Court of Justice|European Court of Auditors|Court of Justice of the EU", ""),
    "OFID": ("OPEC Fund", ""),
    "OIC": ("Organization of Islamic Conference", ""),
    "EEC": ("European Community", ""),
    "ECT": ("Energy Charter Secretariat", ""),
    "CACO": ("Central Asian Cooperation Organisation|Organization of Central Asian Cooperation|Central Asian Economic Community", "CAEC"),
}.items():
    _old_names, _old_abbreviations = MORE.get(_oid, ("", ""))
    MORE[_oid] = ("|".join(n for n in (_old_names, _names) if n),
                  "|".join(a for a in (_old_abbreviations, _abbreviations) if a))


# Session 20: the English forms of the organisations added to the Russian pack (regional bodies of
# Latin America, the Arab world, Africa, Asia and the Pacific, and a Pacific party front), each
# spelling the texts use, not one document's.
for _oid, (_names, _abbreviations) in {
    "ALECSO": ("Arab Educational, Cultural and Scientific Organization", ""),
    "OHADA": ("Organisation pour l'Harmonisation en Afrique du Droit des Affaires", ""),
    "OMVS": ("Senegal River Basin Development Organization|Senegal River Development Organization", ""),
    "BCEAO": ("Banque Centrale des Etats de l'Afrique de l'Ouest|Banque Centrale des États de l'Afrique de l'Ouest", ""),
    "CEPGL": ("Communauté Economique des Pays des Grands Lacs", ""),
    "MIF": ("Micronesian Island Forum", ""),
    "FLNKS": ("Front de Libération Nationale Kanak et Socialiste|Front de Liberation Nationale Kanak et Socialiste|Front de Libération Nationale Kanak Socialiste|Front de Liberation Nationale Kanak Socialiste|Kanak Socialist National Liberation Front", ""),
}.items():
    _old_names, _old_abbreviations = MORE.get(_oid, ("", ""))
    MORE[_oid] = ("|".join(n for n in (_old_names, _names) if n),
                  "|".join(a for a in (_old_abbreviations, _abbreviations) if a))

# Session 21: completing the classes GUIDELINES.md counts, in both languages with the same ids: the
# UN's past missions, the EU's and the AU's missions and agencies, regional courts, former names, and
# the bodies added to the Russian pack (FATF-style regional bodies, river and sea commissions,
# commodity bodies, former organisations). Organs named by a council, commission or assembly stay
# out, as above: English gold reads them as mechanisms.
for _oid, (_names, _abbreviations) in {
    "UN": ("United Nations Organization Mission in the Democratic Republic of the Congo|United Nations Observer Mission in El Salvador|United Nations Verification Mission in Guatemala|United Nations Mission in East Timor|United Nations Observer Mission in Sierra Leone|United Nations Observer Mission in Angola|United Nations Mine Action Service|United Nations Democracy Fund|UN Democracy Fund|United Nations Observer Mission Uganda-Rwanda|United Nations Aouzou Strip Observer Group|United Nations Good Offices Mission in Afghanistan and Pakistan|United Nations Yemen Observation Mission|United Nations India-Pakistan Observation Mission|United Nations Observation Group in Lebanon|United Nations Support Mission in Haiti|United Nations Transition Mission in Haiti|United Nations Civilian Police Mission in Haiti|United Nations Office in Timor-Leste|United Nations Integrated Peacebuilding Office in Sierra Leone|United Nations Integrated Office in Sierra Leone|United Nations Integrated Office in Burundi|United Nations Integrated Peacebuilding Office in the Central African Republic|United Nations Advance Mission in Cambodia|United Nations Mission for Justice Support in Haiti|United Nations Special Mission to Afghanistan", ""),
    "EU": ("Commission of the European Communities|European Union Monitoring Mission in Georgia|EU Monitoring Mission in Georgia|European Union Border Assistance Mission to Moldova and Ukraine|EU Border Assistance Mission to Moldova and Ukraine|European Union Advisory Mission Ukraine|EU Advisory Mission Ukraine|European Union Training Mission in Mali|EU Training Mission in Mali|European Union Police Mission in Bosnia and Herzegovina|EU Police Mission in Bosnia and Herzegovina|European Defence Agency|European Border and Coast Guard Agency|Operation Atalanta", ""),
    "AFRICAN_UNION": ("African Union Mission in Sudan|AU Mission in Sudan|African-led International Support Mission to Mali|African-led International Support Mission in the Central African Republic", ""),
    "EAEU": ("Court of the Eurasian Economic Union|EAEU Court", ""),
    "ECOWAS": ("ECOWAS Mission in Guinea-Bissau|ECOWAS Mission in The Gambia", ""),
    "SADC": ("Southern African Development Coordination Conference|SADC Mission in Mozambique", ""),
    "ALADI": ("Latin American Free Trade Association", ""),
    "COMESA": ("Preferential Trade Area for Eastern and Southern African States", ""),
    "GCC": ("Peninsula Shield Force", ""),
    "MPP": ("Mongolian People's Revolutionary Party", ""),
    "BASIC": ("BASIC countries", ""),
    "CPSU": ("Central Committee of the Communist Party of the Soviet Union|Soviet Communist Party", ""),
    "ICO_COFFEE": ("", ""),
    "ICCO": ("", ""),
    "IGC": ("", ""),
    "AMRO": ("ASEAN Plus Three Macroeconomic Research Office", ""),
    "GAFILAT": ("Financial Action Task Force of South America|Financial Action Task Force on Money Laundering in South America", ""),
}.items():
    _old_names, _old_abbreviations = MORE.get(_oid, ("", ""))
    MORE[_oid] = ("|".join(n for n in (_old_names, _names) if n),
                  "|".join(a for a in (_old_abbreviations, _abbreviations) if a))

# Missions and operations an organisation sends are its organs, and organs count as the organisation
# (GUIDELINES.md): their English names and abbreviations are the parent's, under the parent's id.
# parent id: [(name, more names, abbreviations)]
ORGANS = {
    "UN": [
        ("United Nations Multidimensional Integrated Stabilization Mission in Mali", "", ""),
        ("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "", ""),
        ("United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "", ""),
        ("United Nations Mission in South Sudan", "", ""),
        ("United Nations Interim Security Force for Abyei", "", ""),
        ("United Nations Mission for the Referendum in Western Sahara", "", ""),
        ("United Nations Interim Force in Lebanon", "", ""),
        ("United Nations Disengagement Observer Force", "", ""),
        ("United Nations Truce Supervision Organization", "", ""),
        ("United Nations Peacekeeping Force in Cyprus", "", ""),
        ("United Nations Military Observer Group in India and Pakistan", "", ""),
        ("United Nations Interim Administration Mission in Kosovo", "", ""),
        ("United Nations Assistance Mission in Afghanistan", "", ""),
        ("United Nations Assistance Mission for Iraq", "", ""),
        ("United Nations Support Mission in Libya", "", ""),
        ("African Union – United Nations Hybrid Operation in Darfur", "African Union-United Nations Hybrid Operation in Darfur|AU-UN Hybrid Operation in Darfur", ""),
        ("United Nations Stabilization Mission in Haiti", "UN Stabilization Mission in Haiti", ""),
        ("United Nations Mission in Liberia", "UN Mission in Liberia", ""),
        ("United Nations Operation in Côte d'Ivoire", "UN Operation in Côte d'Ivoire|United Nations Operation in Cote d'Ivoire", ""),
        ("United Nations Mission in Sierra Leone", "UN Mission in Sierra Leone", ""),
        ("United Nations Transitional Administration in East Timor", "UN Transitional Administration in East Timor", ""),
        ("United Nations Mission of Support in East Timor", "UN Mission of Support in East Timor", ""),
        ("United Nations Integrated Mission in Timor-Leste", "UN Integrated Mission in Timor-Leste", ""),
        ("United Nations Protection Force", "UN Protection Force", ""),
        ("United Nations Transitional Authority in Cambodia", "UN Transitional Authority in Cambodia", ""),
        ("United Nations Operation in Somalia", "UN Operation in Somalia", "UNOSOM II"),
        ("United Nations Assistance Mission for Rwanda", "UN Assistance Mission for Rwanda", ""),
        ("United Nations Mission in Sudan", "UN Mission in Sudan", ""),
        ("United Nations Mission in Ethiopia and Eritrea", "UN Mission in Ethiopia and Eritrea", ""),
        ("United Nations Observer Mission in Georgia", "UN Observer Mission in Georgia", ""),
        ("United Nations Mission of Observers in Tajikistan", "UN Mission of Observers in Tajikistan", ""),
        ("United Nations Transition Assistance Group", "UN Transition Assistance Group", ""),
        ("United Nations Iraq–Kuwait Observation Mission", "United Nations Iraq-Kuwait Observation Mission|UN Iraq-Kuwait Observation Mission", ""),
        ("United Nations Mission in Bosnia and Herzegovina", "UN Mission in Bosnia and Herzegovina", ""),
        ("United Nations Supervision Mission in Syria", "UN Supervision Mission in Syria", ""),
        ("United Nations Mission in Nepal", "UN Mission in Nepal", ""),
        ("United Nations Assistance Mission in Somalia", "UN Assistance Mission in Somalia", ""),
        ("United Nations Transitional Assistance Mission in Somalia", "UN Transitional Assistance Mission in Somalia", ""),
        ("United Nations Support Office in Somalia", "UN Support Office in Somalia", ""),
        ("United Nations Integrated Transition Assistance Mission in Sudan", "UN Integrated Transition Assistance Mission in Sudan", ""),
        ("United Nations Mission to Support the Hudaydah Agreement", "UN Mission to Support the Hudaydah Agreement|United Nations Mission to support the Hodeidah Agreement", ""),
        ("United Nations Integrated Office in Haiti", "UN Integrated Office in Haiti", ""),
        ("United Nations Verification Mission in Colombia", "UN Verification Mission in Colombia", ""),
        ("United Nations Integrated Peacebuilding Office in Guinea-Bissau", "UN Integrated Peacebuilding Office in Guinea-Bissau", ""),
    ],
    "EU": [
        ("European Union Force in Bosnia and Herzegovina", "EU Force in Bosnia and Herzegovina|EUFOR Althea", ""),
        ("European Union Rule of Law Mission in Kosovo", "EU Rule of Law Mission in Kosovo", ""),
    ],
    "AFRICAN_UNION": [
        ("African Union Mission in Somalia", "AU Mission in Somalia", ""),
        ("African Union Transition Mission in Somalia", "AU Transition Mission in Somalia", ""),
        ("African Union Support and Stabilization Mission in Somalia", "AU Support and Stabilization Mission in Somalia", ""),
    ],
    "ECOWAS": [
        ("ECOWAS Monitoring Group", "", ""),
    ],
}

# English names to use instead of the Russian pack's English column: «Pacific Community» alone is
# too often a phrase («an Asia-Pacific community»).
# «BASIC» alone is the common word in any other case («Basic Principles»): the group keeps only its capitals.
EN_NAME = {"SPC": "Secretariat of the Pacific Community", "BASIC": "BASIC group"}

# Organisations English texts name that ru/organizations.tsv has not got yet.
NEW = [
    ("IORA", "ORGANIZATION", "Indian Ocean Rim Association", "", "IORA"),
    ("MGC", "ORGANIZATION", "Mekong-Ganga Cooperation", "", "MGC"),
    ("SICA", "ORGANIZATION", "Central American Integration System", "", "SICA"),
    ("CAN", "ORGANIZATION", "Andean Community", "", ""),
    ("ECCAS", "ORGANIZATION", "Economic Community of Central African States", "", "ECCAS"),
    ("EAC", "ORGANIZATION", "East African Community", "East African Legislative Assembly", "EAC|EALA"),
    ("COMESA", "ORGANIZATION", "Common Market for Eastern and Southern Africa", "", "COMESA"),
    ("NSG", "ORGANIZATION", "Nuclear Suppliers Group", "", "NSG"),
    ("MTCR", "ORGANIZATION", "Missile Technology Control Regime", "", "MTCR"),
    ("WASSENAAR", "ORGANIZATION", "Wassenaar Arrangement", "", ""),
    ("AUSTRALIA_GROUP", "ORGANIZATION", "Australia Group", "", ""),
    ("ISA_SOLAR", "ORGANIZATION", "International Solar Alliance", "", ""),
    ("CDRI", "ORGANIZATION", "Coalition for Disaster Resilient Infrastructure", "", "CDRI"),
    ("PECC", "ORGANIZATION", "Pacific Economic Cooperation Council", "", "PECC"),
    ("ANZUS", "ORGANIZATION", "ANZUS", "ANZUS Treaty|ANZUS alliance", "ANZUS"),
    ("WARSAW_PACT", "ORGANIZATION", "Warsaw Pact", "Warsaw Treaty Organization", ""),
    ("OAU", "ORGANIZATION", "Organisation of African Unity", "Organization of African Unity", "OAU"),
    ("CROP", "ORGANIZATION", "Council of Regional Organisations of the Pacific", "Council of Regional Organizations of the Pacific", "CROP"),
    ("COVAX", "ORGANIZATION", "COVAX", "COVAX Facility", "COVAX"),
    # Regional organisations of every continent and global bodies the genre names (complete lists of
    # each region's intergovernmental bodies, not one document's; abbreviations only where they are
    # no common word or other party's code).
    ("FFA", "ORGANIZATION", "Pacific Islands Forum Fisheries Agency", "Forum Fisheries Agency", "FFA"),
    ("SPREP", "ORGANIZATION", "Secretariat of the Pacific Regional Environment Programme", "Pacific Regional Environment Programme", "SPREP"),
    ("SPTO", "ORGANIZATION", "Pacific Tourism Organisation", "South Pacific Tourism Organisation|Pacific Tourism Organization", "SPTO"),
    ("PASO", "ORGANIZATION", "Pacific Aviation Safety Office", "", "PASO"),
    ("WCPFC", "ORGANIZATION", "Western and Central Pacific Fisheries Commission", "", "WCPFC"),
    ("PIDF", "ORGANIZATION", "Pacific Islands Development Forum", "", "PIDF"),
    ("LCBC", "ORGANIZATION", "Lake Chad Basin Commission", "", "LCBC"),
    ("UEMOA", "ORGANIZATION", "West African Economic and Monetary Union", "", "UEMOA|WAEMU"),
    ("CEMAC", "ORGANIZATION", "Economic and Monetary Community of Central Africa", "Central African Economic and Monetary Community", "CEMAC"),
    ("MRU", "ORGANIZATION", "Mano River Union", "", ""),
    ("COI", "ORGANIZATION", "Indian Ocean Commission", "", ""),
    ("NBA", "ORGANIZATION", "Niger Basin Authority", "", ""),
    ("ACTO", "ORGANIZATION", "Amazon Cooperation Treaty Organization", "", "ACTO"),
    ("PAHO", "ORGANIZATION", "Pan American Health Organization", "", "PAHO"),
    ("SELA", "ORGANIZATION", "Latin American and Caribbean Economic System", "", "SELA"),
    ("CEI", "ORGANIZATION", "Central European Initiative", "", ""),
    ("RCC", "ORGANIZATION", "Regional Cooperation Council", "", ""),
    ("ENERGY_COMMUNITY", "ORGANIZATION", "Energy Community", "Energy Community Secretariat", ""),
    ("ESA", "ORGANIZATION", "European Space Agency", "", ""),
    ("EUROCONTROL", "ORGANIZATION", "European Organisation for the Safety of Air Navigation", "", "EUROCONTROL"),
    ("MRC", "ORGANIZATION", "Mekong River Commission", "", ""),
    ("SEAMEO", "ORGANIZATION", "Southeast Asian Ministers of Education Organization", "", "SEAMEO"),
    ("AALCO", "ORGANIZATION", "Asian-African Legal Consultative Organization", "", "AALCO"),
    ("OAPEC", "ORGANIZATION", "Organization of Arab Petroleum Exporting Countries", "", "OAPEC"),
    ("GAVI", "ORGANIZATION", "Gavi, the Vaccine Alliance", "Gavi|GAVI Alliance", "GAVI"),
    ("GLOBAL_FUND", "ORGANIZATION", "Global Fund to Fight AIDS, Tuberculosis and Malaria", "Global Fund", ""),
    ("CGIAR", "ORGANIZATION", "CGIAR", "Consultative Group on International Agricultural Research", "CGIAR"),
    ("GGGI", "ORGANIZATION", "Global Green Growth Institute", "", "GGGI"),
    ("IEF", "ORGANIZATION", "International Energy Forum", "", ""),
    ("FSB_BOARD", "ORGANIZATION", "Financial Stability Board", "", ""),
    ("PARIS_CLUB", "ORGANIZATION", "Paris Club", "", ""),
    ("CPLP", "ORGANIZATION", "Community of Portuguese Language Countries", "Community of Portuguese-Speaking Countries", "CPLP"),
    ("OIF", "ORGANIZATION", "International Organisation of La Francophonie", "Organisation internationale de la Francophonie|International Organization of La Francophonie|La Francophonie", ""),
    ("IHO", "ORGANIZATION", "International Hydrographic Organization", "", "IHO"),
    ("UNITAID", "ORGANIZATION", "Unitaid", "", "UNITAID"),
    ("GATT", "ORGANIZATION", "General Agreement on Tariffs and Trade", "", "GATT"),
    ("ASPAC", "ORGANIZATION", "Asian and Pacific Council", "", "ASPAC"),
    ("ACG", "ORGANIZATION", "Arab Coordination Group", "", ""),
]


# Organs of an organisation that English gold counts as mechanisms, not parties (GUIDELINES.md):
# read by the head words «Summit», «Forum» instead.
MECHANISMS = {"EAS", "ARF"}


# British and American spellings of the words organisations' names are made of: every name gets the other
# spelling too («Collective Security Treaty Organisation», «Organisation for Security and Cooperation»);
# «Viet Nam» is how Hanoi's own English texts write the state («Communist Party of Viet Nam»).
SPELLINGS = [("Organization", "Organisation"), ("Cooperation", "Co-operation"), ("Centre", "Center"),
             ("Programme", "Program"), ("Labour", "Labor"), ("Defence", "Defense"), ("Vietnam", "Viet Nam")]


# «United Nations» followed by a capitalised word of a longer name, which texts also write «UN».
UNITED_NATIONS_BEFORE_A_NAME = re.compile(r"\bUnited Nations (?=[A-Z])")


def spelling_variants(name):
    """The name in the other spellings of SPELLINGS (each word either way), the name itself left out."""
    forms = {name}
    for a, b in SPELLINGS:
        for form in list(forms):
            forms.add(re.sub(r"\b" + a + r"\b", b, form))
            forms.add(re.sub(r"\b" + b + r"\b", a, form))
    for form in list(forms):  # «UN Office for Outer Space Affairs»: texts shorten the United Nations before a name
        forms.add(UNITED_NATIONS_BEFORE_A_NAME.sub("UN ", form))
    forms.discard(name)
    return sorted(forms)


def with_spellings(en, names):
    """Names (a list) with the spelling variants of the English name and of every name appended."""
    out = list(names)
    for name in [en] + list(names):
        for form in spelling_variants(name):
            if form != en and form not in out:
                out.append(form)
    return out


NEW_BY_ID = {row[0]: row for row in NEW}


def latin(value):
    return not any("\u0400" <= ch <= "\u04ff" for ch in value)


def main():
    rows = []
    seen = set()
    for line in RU.read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        oid, kind, en, _ru, _names, abbreviations = line.split("\t")
        en = EN_NAME.get(oid, en)
        if oid in MECHANISMS:
            continue
        more_names, more_abbreviations = MORE.get(oid, ("", ""))
        for organ, organ_names, organ_abbreviations in ORGANS.get(oid, []):
            more_names = "|".join(n for n in (more_names, organ, organ_names) if n)
            more_abbreviations = "|".join(a for a in (more_abbreviations, organ_abbreviations) if a)
        if oid in NEW_BY_ID:  # once English-only: its names and abbreviations stay with the row
            _oid, _kind, new_en, new_names, new_abbreviations = NEW_BY_ID[oid]
            more_names = "|".join(n for n in (new_names, more_names) if n)
            more_abbreviations = "|".join(a for a in (new_abbreviations, more_abbreviations) if a)
        names = []
        for name in more_names.split("|"):
            if name.lower().startswith("the "):
                name = name[4:]
            if name and name != en and name not in names:
                names.append(name)
        # «United Nations Human Settlements Programme (UN-Habitat)»: the bracket is an abbreviation.
        # A party's bracket tells it from its namesakes («Pakistan Muslim League (N)» and «(Q)»,
        # «Communist Party of Nepal (Unified Marxist–Leninist)» and «(Maoist Centre)»): no bare name.
        if "(" in en and kind != "POLITICAL_PARTY":
            bare = en[:en.index("(")].strip()
            if bare not in names:
                names.append(bare)
        abbreviation_list = []
        for value in (abbreviations.split("|") if abbreviations != "-" else []) + more_abbreviations.split("|"):
            if value and latin(value) and value not in abbreviation_list:
                abbreviation_list.append(value)
        names = with_spellings(en, names)
        seen.add(oid)
        rows.append("\t".join([oid, kind, en, en, "|".join(names) or "-", "|".join(abbreviation_list) or "-"]))
    for oid, kind, en, names, abbreviations in NEW:
        if oid in seen:  # the Russian pack has it by now: its row above, with MORE's names
            continue
        names = "|".join(with_spellings(en, [n for n in names.split("|") if n]))
        rows.append("\t".join([oid, kind, en, en, names or "-", abbreviations or "-"]))
    header = (
        "#id\tkind\ten\tname\tnames\tabbreviations\n"
        "# International organisations and political parties for English-language texts, the same ids as\n"
        "# ru/organizations.tsv (one party id space), and the organisations English texts name that the\n"
        "# Russian pack lacks at the end. Generated by scripts/en-organizations.py: edit the script.\n"
        "# names = other names and organs that count as the organisation; abbreviations are matched\n"
        "# case-sensitively; a name marked ~ may also be written in lower case (\"~non-aligned movement\").\n"
    )
    EN.write_text(header + "\n".join(rows) + "\n")
    print(f"{EN}: {len(rows)} organisations and parties")


if __name__ == "__main__":
    main()
