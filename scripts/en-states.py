#!/usr/bin/env python3
"""Writes parser/src/main/resources/dev/entente/parser/en/states.tsv.

Ids, alpha-3 codes, statuses and English short names come from the Russian pack (ru/states.tsv:
one party id space for both languages); official names from Debian's iso-codes
(/usr/share/iso-codes/json/iso_3166-1.json, `apt-get install iso-codes`); the usage of English
diplomatic texts (short forms, demonyms and adjectives, abbreviations, compound prefixes such as
«Sino-») from the table below. Run from the repository root:

    python3 scripts/en-states.py
"""
import json
import pathlib

RU = pathlib.Path("parser/src/main/resources/dev/entente/parser/ru/states.tsv")
EN = pathlib.Path("parser/src/main/resources/dev/entente/parser/en/states.tsv")
ISO = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")

# id: (more names, abbreviations (case-sensitive), adjectives and demonyms, compound prefixes)
USAGE = {
    "AD": ("", "", "Andorran", ""),
    "AE": ("UAE|Emirates", "UAE|U.A.E.", "Emirati|Emiratis", ""),
    "AF": ("Islamic Emirate of Afghanistan|Islamic Republic of Afghanistan", "", "Afghan|Afghans|Afghani", "Afghano"),
    "AG": ("Antigua", "", "Antiguan|Barbudan", ""),
    "AI": ("", "", "Anguillan", ""),
    "AL": ("", "", "Albanian", ""),
    "AM": ("", "", "Armenian", "Armeno"),
    "AO": ("", "", "Angolan", ""),
    "AR": ("Argentine Republic", "", "Argentine|Argentinian", ""),
    "AS": ("Eastern Samoa", "", "American Samoan", ""),
    "AT": ("", "", "Austrian", "Austro"),
    "AU": ("Commonwealth of Australia", "", "Australian|Aussie", "Australo"),
    "AW": ("", "", "Aruban", ""),
    "AX": ("Aland Islands|Åland", "", "Ålander", ""),
    "AZ": ("Azerbaidjan|Azerbaidzhan", "", "Azerbaijani|Azeri", ""),
    "BA": ("Bosnia", "BiH", "Bosnian|Herzegovinian", ""),
    "BB": ("", "", "Barbadian|Bajan", ""),
    "BD": ("", "", "Bangladeshi", ""),
    "BE": ("", "", "Belgian", "Belgo"),
    "BF": ("Upper Volta", "", "Burkinabe|Burkinabé", ""),
    "BG": ("", "", "Bulgarian", ""),
    "BH": ("", "", "Bahraini", ""),
    "BI": ("", "", "Burundian", ""),
    "BJ": ("Dahomey", "", "Beninese|Beninois", ""),
    "BL": ("Saint-Barthélemy|St Barthélemy|St. Barthélemy|Saint Barthelemy|St Barts", "", "", ""),
    "BM": ("Bermudas", "", "Bermudian", ""),
    "BN": ("Brunei Darussalam|Nation of Brunei, the Abode of Peace", "", "Bruneian", ""),
    "BO": ("Plurinational State of Bolivia", "", "Bolivian", ""),
    "BQ": ("Bonaire, Sint Eustatius and Saba|Bonaire|Sint Eustatius", "", "", ""),
    "BR": ("Federative Republic of Brazil", "", "Brazilian", "Brazilo"),
    "BS": ("Commonwealth of The Bahamas|The Bahamas", "", "Bahamian", ""),
    "BT": ("", "", "Bhutanese", ""),
    "BV": ("", "", "", ""),
    "BW": ("", "", "Botswanan|Motswana|Batswana", ""),
    "BY": ("Belorussia|Byelorussia", "", "Belarusian|Belarussian|Belorussian|Byelorussian", ""),
    "BZ": ("", "", "Belizean", ""),
    "CA": ("", "", "Canadian", "Canado"),
    "CC": ("Cocos (Keeling) Islands|Keeling Islands", "", "", ""),
    "CD": ("DR Congo|D.R. Congo|D. R. Congo|Congo-Kinshasa|Democratic Republic of Congo|Zaire|Republic of Zaire", "DRC|DR Congo", "Congolese", ""),
    "CF": ("", "CAR", "Central African", ""),
    "CG": ("Congo-Brazzaville|Republic of Congo|Congo", "", "", ""),
    "CH": ("Swiss Confederation", "", "Swiss", "Helvetic"),
    "CI": ("Cote d'Ivoire|Côte d’Ivoire|Ivory Coast", "", "Ivorian|Ivoirian", ""),
    "CK": ("", "", "Cook Islander", ""),
    "CL": ("", "", "Chilean", ""),
    "CM": ("", "", "Cameroonian", ""),
    "CN": ("Mainland China|People’s Republic of China", "PRC|P.R.C.", "Chinese", "Sino"),
    "CO": ("", "", "Colombian", ""),
    "CR": ("", "", "Costa Rican", ""),
    "CS": ("Czechoslovak Socialist Republic|Czech and Slovak Federative Republic|Czechoslovak Republic", "ČSSR|CSSR", "Czechoslovak|Czechoslovakian", ""),
    "CU": ("", "", "Cuban", ""),
    "CV": ("Cape Verde", "", "Cabo Verdean|Cape Verdean", ""),
    "CW": ("Curacao", "", "Curaçaoan", ""),
    "CX": ("", "", "", ""),
    "CY": ("", "", "Cypriot", ""),
    "CZ": ("Czech Republic", "", "Czech", "Czecho"),
    "DD": ("East Germany", "GDR", "East German|East Germans", ""),
    "DE": ("West Germany", "FRG", "German|West German|West Germans", "Germano"),
    "DJ": ("", "", "Djiboutian", ""),
    "DK": ("", "", "Danish|Dane|Danes", "Dano"),
    "DM": ("Commonwealth of Dominica", "", "Dominican", ""),
    "DO": ("", "", "", ""),
    "DZ": ("People's Democratic Republic of Algeria", "", "Algerian", "Algero"),
    "EC": ("", "", "Ecuadorian|Ecuadorean", ""),
    "EE": ("", "", "Estonian", ""),
    "EG": ("United Arab Republic", "UAR", "Egyptian", "Egypto"),
    "EH": ("Sahrawi Arab Democratic Republic", "SADR", "Sahrawi|Saharawi", ""),
    "ER": ("State of Eritrea", "", "Eritrean", ""),
    "ES": ("", "", "Spanish|Spaniard|Spaniards", "Hispano"),
    "ET": ("Federal Democratic Republic of Ethiopia", "FDRE", "Ethiopian", ""),
    "FI": ("", "", "Finnish|Finn|Finns", "Finno"),
    "FJ": ("Republic of Fiji", "", "Fijian", ""),
    "FK": ("Falklands|Malvinas|Islas Malvinas|Falkland Islands (Malvinas)", "", "Falkland Islander", ""),
    "FM": ("Micronesia|Federated States of Micronesia", "FSM", "Micronesian", ""),
    "FO": ("Faroes|Faeroe Islands", "", "Faroese", ""),
    "FR": ("", "", "French", "Franco"),
    "GA": ("Gabonese Republic", "", "Gabonese", ""),
    "GB": ("Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland|Northern Ireland|Foreign and Commonwealth Office|Foreign, Commonwealth and Development Office|Foreign and Commonwealth Affairs|Foreign, Commonwealth and Development Affairs|Commonwealth Affairs|Commonwealth Office|Commonwealth Relations Office", "UK|U.K.", "British|Briton|Britons", "Anglo|Brito"),
    "GD": ("", "", "Grenadian", ""),
    "GE": ("", "", "Georgian", "Georgo"),
    "GF": ("", "", "French Guianese", ""),
    "GG": ("Bailiwick of Guernsey", "", "", ""),
    "GH": ("", "", "Ghanaian", ""),
    "GI": ("", "", "Gibraltarian", ""),
    "GL": ("", "", "Greenlandic|Greenlander", ""),
    "GM": ("The Gambia|Republic of The Gambia", "", "Gambian", ""),
    "GN": ("Guinea-Conakry", "", "Guinean", ""),
    "GP": ("", "", "Guadeloupean", ""),
    "GQ": ("", "", "Equatoguinean|Equatorial Guinean", ""),
    "GR": ("Hellenic Republic|Hellas", "", "Greek|Hellenic", "Greco|Graeco"),
    "GS": ("South Georgia", "", "", ""),
    "GT": ("", "", "Guatemalan", ""),
    "GU": ("", "", "Guamanian", ""),
    "GW": ("", "", "Bissau-Guinean", ""),
    "GY": ("Co-operative Republic of Guyana|Cooperative Republic of Guyana", "", "Guyanese", ""),
    "HK": ("Hong Kong SAR|Hong Kong Special Administrative Region|Hongkong", "HKSAR", "Hongkonger", ""),
    "HM": ("", "", "", ""),
    "HN": ("", "", "Honduran", ""),
    "HR": ("", "", "Croatian|Croat|Croats", ""),
    "HT": ("", "", "Haitian", ""),
    "HU": ("Republic of Hungary", "", "Hungarian", "Hungaro|Austro-Hungarian"),
    "ID": ("", "RI", "Indonesian", ""),
    "IE": ("Eire|Republic of Ireland", "", "Irish", "Hiberno"),
    "IL": ("", "", "Israeli", ""),
    "IM": ("", "", "Manx", ""),
    "IN": ("Bharat|Republic of India", "", "Indian", "Indo"),
    "IO": ("Chagos Archipelago|Chagos Islands", "BIOT", "", ""),
    "IQ": ("", "", "Iraqi", ""),
    "IR": ("Islamic Republic of Iran|Persia", "IRI", "Iranian|Persian", "Irano|Perso"),
    "IS": ("", "", "Icelandic|Icelander", ""),
    "IT": ("Italian Republic", "", "Italian", "Italo"),
    "JM": ("", "", "Jamaican", ""),
    "JO": ("Hashemite Kingdom of Jordan|Transjordan|Trans-Jordan", "", "Jordanian", ""),
    "JP": ("", "", "Japanese", "Japano|Nippo"),
    "KE": ("", "", "Kenyan", ""),
    "KG": ("Kyrgyz Republic|Kirghizia|Kirgizia|Kyrghyzstan|Kirgizstan|Kirghizstan|Republic of Kyrgyzstan", "", "Kyrgyz|Kyrgyzstani|Kirghiz", ""),
    "KH": ("Kampuchea|Democratic Kampuchea|People's Republic of Kampuchea|Khmer Republic", "", "Cambodian|Khmer|Kampuchean", ""),
    "KI": ("", "", "I-Kiribati", ""),
    "KM": ("Union of the Comoros", "", "Comoran|Comorian", ""),
    "KN": ("Saint Kitts|St. Kitts and Nevis|St Kitts and Nevis|Federation of Saint Kitts and Nevis", "", "Kittitian|Nevisian", ""),
    "KP": ("Democratic People's Republic of Korea|Democratic People’s Republic of Korea|DPR Korea", "DPRK|D.P.R.K.", "North Korean", ""),
    "KR": ("Korea|Republic of Korea|ROK", "ROK|R.O.K.", "Korean|South Korean", ""),
    "KW": ("State of Kuwait", "", "Kuwaiti", ""),
    "KY": ("Caymans", "", "Caymanian", ""),
    "KZ": ("Kazakstan|Republic of Kazakstan", "", "Kazakh|Kazakhstani", ""),
    "LA": ("Lao PDR|Lao People's Democratic Republic|Lao People’s Democratic Republic", "Lao PDR", "Lao|Laotian", ""),
    "LB": ("Lebanese Republic", "", "Lebanese", ""),
    "LC": ("St. Lucia|St Lucia", "", "Saint Lucian|St. Lucian", ""),
    "LI": ("", "", "Liechtensteiner", ""),
    "LK": ("Democratic Socialist Republic of Sri Lanka|Ceylon", "", "Sri Lankan", ""),
    "LR": ("", "", "Liberian", ""),
    "LS": ("", "", "Basotho|Mosotho|Lesothan", ""),
    "LT": ("", "", "Lithuanian", ""),
    "LU": ("Grand Duchy of Luxembourg", "", "Luxembourgish|Luxembourgian|Luxembourger", ""),
    "LV": ("", "", "Latvian", ""),
    "LY": ("State of Libya", "", "Libyan", ""),
    "MA": ("", "", "Moroccan", ""),
    "MC": ("", "", "Monegasque|Monacan", ""),
    "MD": ("Republic of Moldova|Moldavia", "", "Moldovan|Moldavian", ""),
    "ME": ("", "", "Montenegrin", ""),
    "MF": ("Saint-Martin|Collectivity of Saint Martin", "", "", ""),
    "MG": ("", "", "Malagasy|Madagascan", ""),
    "MH": ("", "", "Marshallese", ""),
    "MK": ("Republic of North Macedonia|Macedonia|former Yugoslav Republic of Macedonia", "FYROM", "North Macedonian|Macedonian", ""),
    "ML": ("", "", "Malian", ""),
    "MM": ("Burma|Republic of the Union of Myanmar", "", "Burmese", ""),
    "MN": ("", "", "Mongolian", "Mongolo"),
    "MO": ("Macau|Macao SAR|Macao Special Administrative Region", "MSAR", "Macanese", ""),
    "MP": ("Commonwealth of the Northern Mariana Islands|Northern Marianas", "CNMI", "", ""),
    "MQ": ("", "", "Martinican", ""),
    "MR": ("Islamic Republic of Mauritania", "", "Mauritanian", ""),
    "MS": ("", "", "Montserratian", ""),
    "MT": ("", "", "Maltese", ""),
    "MU": ("", "", "Mauritian", ""),
    "MV": ("", "", "Maldivian", ""),
    "MW": ("", "", "Malawian", ""),
    "MX": ("United Mexican States", "", "Mexican", "Mexico"),
    "MY": ("Federation of Malaya", "", "Malaysian", ""),
    "MZ": ("", "", "Mozambican", ""),
    "NA": ("", "", "Namibian", ""),
    "NC": ("", "", "New Caledonian", ""),
    "NE": ("", "", "Nigerien", ""),
    "NF": ("", "", "", ""),
    "NG": ("Federal Republic of Nigeria", "", "Nigerian", ""),
    "NI": ("", "", "Nicaraguan", ""),
    "NL": ("Holland|The Netherlands", "", "Dutch|Netherlander", "Dutch"),
    "NO": ("", "", "Norwegian", "Norwego"),
    "NP": ("Federal Democratic Republic of Nepal", "", "Nepalese|Nepali", "Nepalo"),
    "NR": ("", "", "Nauruan", ""),
    "NU": ("", "", "Niuean", ""),
    "NZ": ("Aotearoa New Zealand", "NZ", "New Zealander|New Zealanders|Kiwi", ""),
    "OM": ("Sultanate of Oman", "", "Omani", ""),
    "PA": ("", "", "Panamanian", ""),
    "PE": ("", "", "Peruvian", ""),
    "PF": ("", "", "French Polynesian", ""),
    "PG": ("Independent State of Papua New Guinea", "PNG", "Papua New Guinean", ""),
    "PH": ("The Philippines", "RP", "Philippine|Filipino|Filipinos", "Philippine|Filipino"),
    "PK": ("", "", "Pakistani", "Pak"),
    "PL": ("", "", "Polish|Pole|Poles", "Polono|Polish"),
    "PM": ("Saint-Pierre and Miquelon|St Pierre and Miquelon", "", "", ""),
    "PN": ("Pitcairn", "", "", ""),
    "PR": ("", "", "Puerto Rican", ""),
    "PS": ("State of Palestine|Palestinian Authority|Palestinian National Authority", "PA", "Palestinian|Palestinians", ""),
    "PT": ("Portuguese Republic", "", "Portuguese", "Luso"),
    "PW": ("", "", "Palauan", ""),
    "PY": ("", "", "Paraguayan", ""),
    "QA": ("", "", "Qatari", ""),
    "RE": ("", "", "Réunionese", ""),
    "RO": ("", "", "Romanian", "Romano"),
    "RS": ("", "", "Serbian|Serb|Serbs", "Serbo"),
    "RU": ("", "", "Russian", "Russo"),
    "RW": ("Republic of Rwanda", "", "Rwandan", ""),
    "SA": ("Saudi|Kingdom of Saudi Arabia", "KSA", "Saudi|Saudis|Saudi Arabian", ""),
    "SB": ("", "", "Solomon Islander", ""),
    "SC": ("", "", "Seychellois", ""),
    "SD": ("", "", "Sudanese", ""),
    "SE": ("", "", "Swedish|Swede|Swedes", "Swedo|Sueco"),
    "SG": ("", "", "Singaporean|Singaporeans", ""),
    "SH": ("St Helena|St. Helena|Saint Helena, Ascension and Tristan da Cunha|Ascension Island|Tristan da Cunha", "", "", ""),
    "SI": ("", "", "Slovenian|Slovene", ""),
    "SJ": ("Svalbard and Jan Mayen|Spitsbergen|Jan Mayen", "", "", ""),
    "SK": ("", "", "Slovak|Slovakian", ""),
    "SL": ("", "", "Sierra Leonean", ""),
    "SM": ("", "", "Sammarinese", ""),
    "SN": ("", "", "Senegalese", ""),
    "SO": ("Federal Republic of Somalia", "", "Somali|Somalian", ""),
    "SR": ("Surinam", "", "Surinamese", ""),
    "SS": ("", "", "South Sudanese", ""),
    "ST": ("São Tomé and Príncipe|Sao Tome|São Tomé", "", "Santomean|São Toméan", ""),
    "SU": ("Union of Soviet Socialist Republics", "USSR|U.S.S.R.", "Soviet|Soviets", "Soviet"),
    "SV": ("", "", "Salvadoran|Salvadorean", ""),
    "SX": ("", "", "", ""),
    "SY": ("Syrian Arab Republic", "", "Syrian", "Syro"),
    "SZ": ("Swaziland|Kingdom of Eswatini", "", "Swazi|Emaswati", ""),
    "TC": ("Turks and Caicos", "", "", ""),
    "TD": ("", "", "Chadian", ""),
    "TF": ("French Southern and Antarctic Lands", "", "", ""),
    "TG": ("Togolese Republic", "", "Togolese", ""),
    "TH": ("Siam", "", "Thai", "Thai"),
    "TJ": ("Tadjikistan|Tadzhikistan", "", "Tajik|Tajikistani|Tadjik", ""),
    "TK": ("", "", "Tokelauan", ""),
    "TL": ("East Timor|Democratic Republic of Timor-Leste", "", "Timorese|East Timorese", ""),
    "TM": ("Turkmenia", "", "Turkmen|Turkmenistani", ""),
    "TN": ("Tunisian Republic", "", "Tunisian", ""),
    "TO": ("", "", "Tongan", ""),
    "TR": ("Turkey|Turkiye|Republic of Türkiye|Republic of Turkiye", "", "Turkish|Turk|Turks", "Turco|Turko"),
    "TT": ("Trinidad", "", "Trinidadian|Tobagonian", ""),
    "TV": ("", "", "Tuvaluan", ""),
    "TW": ("Chinese Taipei|Republic of China|Taiwan Region|Formosa", "ROC", "Taiwanese", ""),
    "TZ": ("United Republic of Tanzania", "", "Tanzanian", ""),
    "UA": ("", "", "Ukrainian", "Ukraino"),
    "UG": ("", "", "Ugandan", ""),
    "UM": ("US Minor Outlying Islands|U.S. Minor Outlying Islands", "", "", ""),
    "US": ("United States of America|America|the US|the U.S.", "US|U.S.|USA|U.S.A.|USG", "American|Americans", "Americano"),
    "UY": ("Oriental Republic of Uruguay", "", "Uruguayan", ""),
    "UZ": ("", "", "Uzbek|Uzbekistani", ""),
    "VA": ("Vatican|Vatican City|Vatican City State|the Holy See", "", "Vatican", ""),
    "VC": ("St. Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent", "", "Vincentian", ""),
    "VE": ("Bolivarian Republic of Venezuela", "", "Venezuelan", ""),
    "VG": ("Virgin Islands, British|UK Virgin Islands", "BVI", "", ""),
    "VI": ("US Virgin Islands|U.S. Virgin Islands|American Virgin Islands|Virgin Islands of the United States", "USVI", "", ""),
    "VN": ("Viet Nam|Viet-Nam|North Vietnam|South Vietnam|North Viet Nam|South Viet Nam|North Viet-Nam|South Viet-Nam|Socialist Republic of Viet Nam|Socialist Republic of Vietnam|Democratic Republic of Vietnam|Democratic Republic of Viet Nam", "SRV|DRV", "Vietnamese", "Vietnamo"),
    "VU": ("", "", "Ni-Vanuatu|Vanuatuan", ""),
    "WF": ("Wallis and Futuna Islands", "", "", ""),
    "WS": ("Independent State of Samoa|Western Samoa", "", "Samoan", ""),
    "XK": ("Republic of Kosovo", "", "Kosovar|Kosovan", ""),
    "YD": ("People's Democratic Republic of Yemen|People’s Democratic Republic of Yemen", "PDRY|P.D.R.Y.", "", ""),
    "YE": ("North Yemen|South Yemen|Yemen Arab Republic", "YAR", "Yemeni", ""),
    "YT": ("", "", "Mahoran", ""),
    "YU": ("Socialist Federal Republic of Yugoslavia|Federal Republic of Yugoslavia", "SFRY|FRY", "Yugoslav|Yugoslavian|Yugoslavs", ""),
    "ZA": ("", "RSA", "South African", ""),
    "ZM": ("Northern Rhodesia", "", "Zambian", ""),
    "ZW": ("Rhodesia|Southern Rhodesia", "", "Zimbabwean", ""),
}

# A leading «the» in a name is dropped: texts write it or not, and it is not part of the name.


def split(cell):
    return [v for v in cell.split("|") if v]


def main():
    iso = {c["alpha_2"]: c for c in json.loads(ISO.read_text())["3166-1"]}
    rows = []
    for line in RU.read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        sid, alpha3, status, en = cells[0], cells[1], cells[2], cells[3]
        more, abbreviations, adjectives, compound = USAGE[sid]
        entry = iso.get(sid, {})
        official = []
        for key in ("official_name", "common_name", "name"):
            value = entry.get(key)
            if value and value != en and value not in official:
                official.append(value)
        names = []
        for value in split(more):
            if value.lower().startswith("the "):
                value = value[4:]
            if value != en and value not in official and value not in names and value not in split(abbreviations):
                names.append(value)
        # «Korea, Republic of» and similar inverted ISO names are not how texts write them.
        official = [o for o in official if "," not in o]
        forms = [en]
        rows.append("\t".join([
            sid, alpha3, status, en, en, "|".join(forms),
            "|".join(official) or "-", "|".join(names) or "-",
            abbreviations or "-", adjectives or "-",
            "|".join(c for c in split(compound) if "-" not in c) or "-",
        ]))
    header = (
        "#id\talpha3\tstatus\ten\tname\tforms\tofficial\tvariants\tabbreviations\tadjectives\tcompound\n"
        "# States and territories for English-language diplomatic texts, the same ids as ru/states.tsv.\n"
        "# Generated by scripts/en-states.py from ru/states.tsv, Debian iso-codes and the script's usage table:\n"
        "# edit the script, not this file. forms = the short name; official = official and ISO names;\n"
        "# variants = other names in use; abbreviations are matched case-sensitively; adjectives =\n"
        "# adjectives and demonyms («Kazakh», «Emirati»); compound = first parts of hyphenated adjectives\n"
        "# («Sino-Kazakh», «Indo-US»), without the hyphen. Sorted by id.\n"
    )
    EN.parent.mkdir(parents=True, exist_ok=True)
    EN.write_text(header + "\n".join(rows) + "\n")
    print(f"{EN}: {len(rows)} states and territories")


if __name__ == "__main__":
    main()
