/**
 * The import's messages, by id, in each language. `{name}` is a parameter as given: a text, a
 * number, a name in every language, a message rendered in the same language, or a list of these
 * joined by commas; `{name:n}` a number written the reader's way (1 048 576 / 1,048,576);
 * `{name:or}` and `{name:and}` a list the reader's way ("A, B ou C" / "A, B or C"). src/data builds
 * issues from ids and parameters only, so that the report reads in the interface's language and
 * the CLI in French.
 */
import { LANGUAGES, type Language, type Translated } from '../domain/languages';

const fr = {
  'file.png': 'ce fichier est une image PNG, pas un tableau',
  'file.jpeg': 'ce fichier est une image JPEG, pas un tableau',
  'file.gif': 'ce fichier est une image GIF, pas un tableau',
  'file.pdf': 'ce fichier est un PDF : exportez le tableau en CSV ou en XLSX',
  'file.xls': 'ce fichier est au format Excel 97-2003 (.xls) : enregistrez-le en .xlsx ou en CSV depuis le tableur',
  'file.ods': 'ce fichier est un classeur OpenDocument (.ods, LibreOffice) : enregistrez-le en .xlsx ou en CSV depuis le tableur',
  'file.binary': 'ce fichier est binaire, pas un tableau CSV ou XLSX',
  'file.tooLarge': 'le fichier pèse {size:n} octets, au-delà de la limite de {limit:n} octets : découpez-le en plusieurs fichiers',
  'file.tooManyRows': 'le tableau dépasse la limite de {limit:n} lignes : découpez-le en plusieurs fichiers',
  'file.tooManyColumns': 'la ligne {row} a {count:n} colonnes, au-delà de la limite de {limit:n} : supprimez les colonnes inutiles',
  'xlsx.unreadable': 'ce fichier XLSX est illisible (classeur endommagé ou protégé) : ouvrez-le dans le tableur et enregistrez-le à nouveau',
  'xlsx.partTooLarge':
    'la partie « {part} » du classeur se décompresse au-delà de la limite de {limit:n} octets : enregistrez la feuille seule, ou en CSV',
  'xlsx.rowBeyondLimit': 'la feuille déclare une ligne n° {row:n}, au-delà de la limite de {limit:n} lignes d’un classeur : classeur endommagé',
  'xlsx.columnBeyondLimit':
    'la cellule {cell} est au-delà de la dernière colonne d’un classeur (XFD, {limit:n} colonnes) : classeur endommagé',
  'xlsx.sheetMissing': 'feuille {sheet} introuvable ; feuilles du classeur : {names}',
  'xlsx.otherSheet': 'La première feuille « {first} » ne contient pas d’inventaire : la feuille « {sheet} » est lue.',
  'xlsx.formulaWithoutValue': 'Formule « {formula} » sans valeur calculée enregistrée : cellule laissée vide (recalculez et enregistrez le classeur).',
  'xlsx.errorCell': 'Cellule en erreur ({value}) : laissée vide.',
  'csv.unterminatedQuote': 'Guillemet ouvrant sans guillemet fermant : la ligne est lue sans tenir compte des guillemets.',
  'text.damagedBytes':
    'Le fichier est en UTF-8 mais contient {count:n} octet(s) invalide(s) : les caractères illisibles sont remplacés par « \uFFFD » (première ligne touchée : {row}).',
  'text.damagedCell': 'Caractère illisible « \uFFFD » dans la cellule (octet invalide du fichier).',
  'table.empty': 'Le fichier est vide : aucune ligne à lire.',
  'table.headerOnly': "Le fichier ne contient que la ligne d'en-tête : aucune coopération à importer.",
  'table.headerBelow': 'En-tête trouvé en ligne {row} : les lignes au-dessus sont ignorées.',
  'table.longRow':
    "La ligne a {length} cellules pour {width} colonnes d'en-tête : les cellules en trop sont conservées sous « {first} » et suivantes.",
  'column.taken':
    'Colonne « {header} » : « {column} » est déjà fournie par la colonne « {other} » ; elle est conservée telle quelle sous le nom « {key} ».',
  'column.unknown': 'Colonne « {header} » non reconnue : conservée telle quelle sous le nom « {key} ».',
  'mapping.notAColumn': "Correspondance « {source} = {target} » ignorée : « {target} » n'est pas une colonne du format d'inventaire.",
  'mapping.noSuchHeader': "Correspondance « {source} = {target} » ignorée : le fichier n'a pas de colonne « {source} ».",
  'row.duplicate': 'Doublon exact de la ligne {first} : ligne ignorée.',
  'row.sameCooperation': 'Même coopération que la ligne {first} (mêmes valeurs une fois lues) : ligne ignorée.',
  'country.unknown': 'Pays « {text} » inconnu (attendu : nom français ou anglais, code ISO à 2 ou 3 lettres).{didYouMean}',
  'country.missing': 'Pays partenaire absent.',
  'row.corrected': 'Ligne corrigée dans le rapport d’import : {text}.',
  'year.span': '« {text} » lu comme une période : début {start}, fin {end}.',
  'year.spanEndKept': '« {text} » lu comme une période : début {start}, année de fin « {end} » gardée.',
  'theme.unknown': 'Thème « {label} » non reconnu : ignoré (voir la liste des thèmes du format).',
  'year.endBeforeStart': "Année de fin {end} antérieure à l'année de début {start} : laissée vide.",
  'year.outOfRange': 'Année « {text} » hors de la plage {min}-{max} ; laissée vide.',
  'year.excelSerial': "Date Excel « {text} » lue comme l'année {year}.",
  'year.unreadable': 'Année « {text} » illisible (attendu : 4 chiffres, par ex. 2015) ; laissée vide.',
  'point.half': 'Coordonnée sans {missing} : ignorée.',
  'point.invalid': 'Coordonnée « {text} » invalide (attendu : degrés décimaux entre -{limit} et {limit}) ; ignorée.',
  'value.nature': 'Nature « {text} » inconnue (attendu : {expected}) ; laissée vide.',
  'value.collectivityKind': 'Type de collectivité « {text} » inconnu (attendu : {expected}) ; ignoré.',
  'value.partnerLevel': 'Niveau du partenaire « {text} » inconnu (attendu : {expected}) ; ignoré.',
  'value.typology': 'Typologie « {text} » inconnue (attendu : {expected}) ; laissée vide.',
  'value.boolean': 'Valeur « {text} » illisible (attendu : oui ou non) ; laissée vide.',
  'amount.unreadable': 'Montant « {text} » illisible (attendu : par ex. 12 500 €) ; laissé vide.',
  'amount.tooLarge': 'Montant « {text} » au-delà de {limit:n} € : laissé vide (vérifiez la cellule).',
  'cell.apostrophe': 'Apostrophe initiale retirée : « {text} » est lu comme « {value} ».',
  sentences: '{first} {then}',
  didYouMean: ' Voulez-vous dire {names:or} ?',
  'kind.commune': 'commune',
  'kind.epci': 'EPCI',
  'kind.departement': 'département',
  'kind.region': 'région',
  'kind.syndicat': 'syndicat',
  'french.collectivity': '{name} ({kind}, {where})',
  'french.collectivityNowhere': '{name} ({kind})',
  'french.missing': 'Collectivité absente : indiquez son code (INSEE ou SIREN) ou son nom.',
  'french.fullName': 'Nom complet retenu : {collectivity}.',
  'french.usageName': '« {written} » : {what}.',
  'french.alsace': 'Collectivité européenne d’Alsace (depuis 2021, départements 67 et 68) : placée à Strasbourg, son siège.',
  'french.formerDeleguee': '« {name} » ({code}) : commune déléguée de {current} ({currentCode}), qui est retenue.',
  'french.formerAssociee': '« {name} » ({code}) : commune associée de {current} ({currentCode}), qui est retenue.',
  'french.formerArrondissement': '« {name} » ({code}) : arrondissement municipal de {current} ({currentCode}), qui est retenue.',
  'french.oldCode': "Code « {code} » : ancien code INSEE, aujourd'hui {current} ({currentCode}).",
  'french.foundByName': '{unknown} Collectivité trouvée par son nom : {collectivity}.',
  'french.nameMismatch': 'Le nom « {name} » ne correspond pas au code {code} ({found}) : le code fait foi.',
  'french.nameMismatchDesignates': 'Le nom « {name} » ne correspond pas au code {code} ({found}) ; ce nom désigne {other} : le code fait foi.',
  'french.kindMismatch': 'Type « {kind} » contredit par le code {code} ({found}) : le code fait foi.',
  'french.decimalCode': 'Code « {text} » lu comme {code} (nombre décimal écrit par un tableur).',
  'french.unknownCode': 'Code « {code} » inconnu du référentiel.',
  'french.inseeZero': 'Code INSEE « {code} » complété en {padded} (zéro initial perdu, par exemple par un tableur).',
  'french.paddedCode': 'Code « {code} » complété en {padded} (zéro initial perdu).',
  'french.unrecognisedCode': "Code « {code} » non reconnu (attendu : INSEE de commune, de département ou de région, ou SIREN d'EPCI).",
  'french.corsicanCode': 'Code « {code} » : les communes de Corse sont codées 2A ou 2B depuis 1976.',
  'french.corsicanCodeDidYouMean': 'Code « {code} » : les communes de Corse sont codées 2A ou 2B depuis 1976 ; vouliez-vous dire {codes:or} ?',
  'french.communeNouvelle': '« {name} » : aucune commune de ce nom dans le {departement} ; {collectivity} en porte le nom en tête, elle est retenue.',
  'french.inDepartement': 'dans le département {departement}',
  'french.kindInDepartement': '{kind} dans le département {departement}',
  'french.otherHomonyms': 'Aucune collectivité « {name} » ; de ce nom : {homonyms}.',
  'french.otherHomonymsWithin': 'Aucune collectivité « {name} » ({within}) ; de ce nom : {homonyms}.',
  'french.notFound': 'Collectivité « {name} » introuvable dans le référentiel.{didYouMean}',
  'french.mostPopulous':
    '« {name} » : {count} communes de ce nom ; la plus peuplée est retenue, {kept} ({population:n} hab.) ; les autres : {others}.',
  'french.mostPopulousMetropolitan':
    '« {name} » : {count} communes de ce nom ; la plus peuplée de métropole est retenue, {kept} ({population:n} hab.) ; les autres : {others}.',
  'french.ambiguous': '« {name} » désigne plusieurs collectivités : {candidates} ; précisez le code, le département ou le type.',
  'french.single': '« {name} » : une seule collectivité depuis {since} ({kinds:and}) ; retenue comme {kept}.',
  'french.syndicatMissing':
    'Syndicat : indiquez son SIREN (9 chiffres) dans collectivite_code, son nom et le département de son siège (aucun référentiel des syndicats n’existe pour le placer autrement).',
  'french.syndicatPlaced': 'Syndicat placé au point du département {code} ({name}), faute de référentiel des syndicats.',
  'country.formerName': '{country} (nom porté jusqu’en {until} : {former})',
  'partner.noPlaces': 'Aucune liste de lieux pour ce pays ({country}) : « {name} » est placé au point du pays.',
  'partner.notFound': '« {name} » introuvable parmi les villes et régions du pays ({country}) : placé au point du pays.{didYouMean}',
  'partner.cityPopulation': '{city}, {population:n} hab.',
  'partner.cityHomonyms': '« {name} » : {count} villes de ce nom dans le pays ({country}) ; la plus peuplée est retenue ({kept}).',
  'partner.readAs': '« {name} » lu comme {place}.',
  'partner.nearSpelling': '« {name} » introuvable tel quel : lu comme {place}, à une lettre près.',
  'partner.placeNote': '« {name} » : {note}.',
  'partner.regionHomonyms': '« {name} » : {count} régions de ce nom dans le pays ({country}) ; {region} ({code}) est retenue.',
  'partner.regionNote': '« {region} » ({country}) : {note}.',
} as const;

export type ImportMessageId = keyof typeof fr;
export type ImportMessageParam = string | number | Translated | ImportMessage | readonly ImportMessageParam[];
export type ImportMessageParams = Readonly<Record<string, ImportMessageParam>>;

const en: Record<ImportMessageId, string> = {
  'file.png': 'this file is a PNG image, not a table',
  'file.jpeg': 'this file is a JPEG image, not a table',
  'file.gif': 'this file is a GIF image, not a table',
  'file.pdf': 'this file is a PDF: export the table as CSV or XLSX',
  'file.xls': 'this file is in the Excel 97-2003 format (.xls): save it as .xlsx or CSV from the spreadsheet',
  'file.ods': 'this file is an OpenDocument workbook (.ods, LibreOffice): save it as .xlsx or CSV from the spreadsheet',
  'file.binary': 'this file is binary, not a CSV or XLSX table',
  'file.tooLarge': 'the file weighs {size:n} bytes, above the limit of {limit:n} bytes: split it into several files',
  'file.tooManyRows': 'the table exceeds the limit of {limit:n} rows: split it into several files',
  'file.tooManyColumns': 'line {row} has {count:n} columns, above the limit of {limit:n}: delete the unused columns',
  'xlsx.unreadable': 'this XLSX file cannot be read (damaged or protected workbook): open it in the spreadsheet and save it again',
  'xlsx.partTooLarge': 'the part "{part}" of the workbook expands beyond the limit of {limit:n} bytes: save the sheet alone, or as CSV',
  'xlsx.rowBeyondLimit': 'the sheet declares row {row:n}, beyond the {limit:n} rows of a workbook: damaged workbook',
  'xlsx.columnBeyondLimit': 'cell {cell} lies beyond the last column of a workbook (XFD, {limit:n} columns): damaged workbook',
  'xlsx.sheetMissing': 'sheet {sheet} not found; sheets of the workbook: {names}',
  'xlsx.otherSheet': 'The first sheet "{first}" holds no inventory: the sheet "{sheet}" is read.',
  'xlsx.formulaWithoutValue': 'Formula "{formula}" saved without its computed value: cell left empty (recalculate and save the workbook).',
  'xlsx.errorCell': 'Cell in error ({value}): left empty.',
  'csv.unterminatedQuote': 'Opening quote without a closing quote: the line is read ignoring quotes.',
  'text.damagedBytes':
    'The file is UTF-8 but holds {count:n} invalid byte(s): unreadable characters are replaced by "\uFFFD" (first line affected: {row}).',
  'text.damagedCell': 'Unreadable character "\uFFFD" in the cell (invalid byte in the file).',
  'table.empty': 'The file is empty: no line to read.',
  'table.headerOnly': 'The file holds only the header line: no cooperation to import.',
  'table.headerBelow': 'Header found on line {row}: the lines above it are ignored.',
  'table.longRow': 'The line has {length} cells for {width} header columns: the extra cells are kept under "{first}" and after.',
  'column.taken': 'Column "{header}": "{column}" is already given by the column "{other}"; it is kept as is under the name "{key}".',
  'column.unknown': 'Column "{header}" not recognised: kept as is under the name "{key}".',
  'mapping.notAColumn': 'Mapping "{source} = {target}" ignored: "{target}" is not a column of the inventory format.',
  'mapping.noSuchHeader': 'Mapping "{source} = {target}" ignored: the file has no column "{source}".',
  'row.duplicate': 'Exact copy of line {first}: line ignored.',
  'row.sameCooperation': 'Same cooperation as line {first} (same values once read): line ignored.',
  'country.unknown': 'Unknown country "{text}" (expected: French or English name, 2- or 3-letter ISO code).{didYouMean}',
  'country.missing': 'Partner country missing.',
  'row.corrected': 'Line corrected in the import report: {text}.',
  'year.span': '"{text}" read as a period: start {start}, end {end}.',
  'year.spanEndKept': '"{text}" read as a period: start {start}, end year "{end}" kept.',
  'theme.unknown': 'Theme "{label}" not recognised: ignored (see the list of themes of the format).',
  'year.endBeforeStart': 'End year {end} before the start year {start}: left empty.',
  'year.outOfRange': 'Year "{text}" outside {min}-{max}; left empty.',
  'year.excelSerial': 'Excel date "{text}" read as the year {year}.',
  'year.unreadable': 'Year "{text}" unreadable (expected: 4 digits, e.g. 2015); left empty.',
  'point.half': 'Coordinate without {missing}: ignored.',
  'point.invalid': 'Invalid coordinate "{text}" (expected: decimal degrees between -{limit} and {limit}); ignored.',
  'value.nature': 'Unknown nature "{text}" (expected: {expected}); left empty.',
  'value.collectivityKind': 'Unknown kind of authority "{text}" (expected: {expected}); ignored.',
  'value.partnerLevel': 'Unknown partner level "{text}" (expected: {expected}); ignored.',
  'value.typology': 'Unknown typology "{text}" (expected: {expected}); left empty.',
  'value.boolean': 'Unreadable value "{text}" (expected: oui or non); left empty.',
  'amount.unreadable': 'Unreadable amount "{text}" (expected: e.g. 12 500 €); left empty.',
  'amount.tooLarge': 'Amount "{text}" above {limit:n} €: left empty (check the cell).',
  'cell.apostrophe': 'Leading apostrophe removed: "{text}" is read as "{value}".',
  sentences: '{first} {then}',
  didYouMean: ' Did you mean {names:or}?',
  'kind.commune': 'commune',
  'kind.epci': 'EPCI',
  'kind.departement': 'department',
  'kind.region': 'region',
  'kind.syndicat': 'syndicate',
  'french.collectivity': '{name} ({kind}, {where})',
  'french.collectivityNowhere': '{name} ({kind})',
  'french.missing': 'Local authority missing: give its code (INSEE or SIREN) or its name.',
  'french.fullName': 'Full name kept: {collectivity}.',
  'french.usageName': '"{written}": {what}.',
  'french.alsace': 'European Collectivity of Alsace (since 2021, departments 67 and 68): placed at Strasbourg, its seat.',
  'french.formerDeleguee': '"{name}" ({code}): delegated commune of {current} ({currentCode}), which is kept.',
  'french.formerAssociee': '"{name}" ({code}): associated commune of {current} ({currentCode}), which is kept.',
  'french.formerArrondissement': '"{name}" ({code}): municipal arrondissement of {current} ({currentCode}), which is kept.',
  'french.oldCode': 'Code "{code}": former INSEE code, now {current} ({currentCode}).',
  'french.foundByName': '{unknown} Local authority found by its name: {collectivity}.',
  'french.nameMismatch': 'The name "{name}" does not match the code {code} ({found}): the code prevails.',
  'french.nameMismatchDesignates': 'The name "{name}" does not match the code {code} ({found}); this name designates {other}: the code prevails.',
  'french.kindMismatch': 'Type "{kind}" contradicted by the code {code} ({found}): the code prevails.',
  'french.decimalCode': 'Code "{text}" read as {code} (decimal number written by a spreadsheet).',
  'french.unknownCode': 'Code "{code}" unknown to the gazetteer.',
  'french.inseeZero': 'INSEE code "{code}" completed as {padded} (leading zero lost, for example by a spreadsheet).',
  'french.paddedCode': 'Code "{code}" completed as {padded} (leading zero lost).',
  'french.unrecognisedCode': 'Code "{code}" not recognised (expected: INSEE code of a commune, department or region, or SIREN of an EPCI).',
  'french.corsicanCode': 'Code "{code}": the communes of Corsica are coded 2A or 2B since 1976.',
  'french.corsicanCodeDidYouMean': 'Code "{code}": the communes of Corsica are coded 2A or 2B since 1976; did you mean {codes:or}?',
  'french.communeNouvelle': '"{name}": no commune of this name in department {departement}; {collectivity} begins with this name and is kept.',
  'french.inDepartement': 'in department {departement}',
  'french.kindInDepartement': '{kind} in department {departement}',
  'french.otherHomonyms': 'No local authority "{name}"; of this name: {homonyms}.',
  'french.otherHomonymsWithin': 'No local authority "{name}" ({within}); of this name: {homonyms}.',
  'french.notFound': 'Local authority "{name}" not found in the gazetteer.{didYouMean}',
  'french.mostPopulous':
    '"{name}": {count} communes of this name; the most populous is kept, {kept} ({population:n} inhabitants); the others: {others}.',
  'french.mostPopulousMetropolitan':
    '"{name}": {count} communes of this name; the most populous in metropolitan France is kept, {kept} ({population:n} inhabitants); the others: {others}.',
  'french.ambiguous': '"{name}" designates several local authorities: {candidates}; give the code, the department or the type.',
  'french.single': '"{name}": one single local authority since {since} ({kinds:and}); kept as {kept}.',
  'french.syndicatMissing':
    'Syndicate: give its SIREN (9 digits) in collectivite_code, its name and the department of its seat (no gazetteer of syndicates exists to place it otherwise).',
  'french.syndicatPlaced': 'Syndicate placed at the point of department {code} ({name}), for want of a gazetteer of syndicates.',
  'country.formerName': '{country} (name until {until}: {former})',
  'partner.noPlaces': 'No list of places for this country ({country}): "{name}" is placed at the country’s point.',
  'partner.notFound': '"{name}" not found among the cities and regions of the country ({country}): placed at the country’s point.{didYouMean}',
  'partner.cityPopulation': '{city}, {population:n} inhabitants',
  'partner.cityHomonyms': '"{name}": {count} cities of this name in the country ({country}); the most populous is kept ({kept}).',
  'partner.readAs': '"{name}" read as {place}.',
  'partner.nearSpelling': '"{name}" not found as written: read as {place}, one letter off.',
  'partner.placeNote': '"{name}": {note}.',
  'partner.regionHomonyms': '"{name}": {count} regions of this name in the country ({country}); {region} ({code}) is kept.',
  'partner.regionNote': '"{region}" ({country}): {note}.',
};

/** The texts of every message, by language. */
export const IMPORT_MESSAGE_TEXTS: Record<Language, Record<ImportMessageId, string>> = { fr, en };

/** A message of the import: an id and its parameters. */
export interface ImportMessage {
  code: ImportMessageId;
  params?: ImportMessageParams;
}

const localeOf = (language: Language) => LANGUAGES.find((l) => l.id === language)?.locale;

export function renderImportMessage({ code, params = {} }: ImportMessage, language: Language): string {
  return IMPORT_MESSAGE_TEXTS[language][code].replace(/\{(\w+)(?::(n|or|and))?\}/g, (_, name: string, form?: ParamForm) =>
    renderParam(params[name] ?? '', form, language),
  );
}

/** A parameter on its own: a name, a list, a nested message. */
export function renderImportParam(value: ImportMessageParam, language: Language): string {
  return renderParam(value, undefined, language);
}

type ParamForm = 'n' | 'or' | 'and';

function renderParam(value: ImportMessageParam, form: ParamForm | undefined, language: Language): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return form === 'n' ? new Intl.NumberFormat(localeOf(language)).format(value) : String(value);
  if (isList(value)) {
    const items = value.map((item) => renderParam(item, undefined, language));
    if (form !== 'or' && form !== 'and') return items.join(', ');
    return new Intl.ListFormat(localeOf(language), { type: form === 'or' ? 'disjunction' : 'conjunction' }).format(items);
  }
  return 'code' in value ? renderImportMessage(value, language) : value[language];
}

const isList = (value: ImportMessageParam): value is readonly ImportMessageParam[] => Array.isArray(value);

/** An issue of a report in a language; a report saved before messages had ids keeps its French text. */
export function renderIssue(issue: { code?: ImportMessageId; params?: ImportMessageParams; message: string }, language: Language): string {
  return issue.code && issue.code in IMPORT_MESSAGE_TEXTS[language] ? renderImportMessage({ code: issue.code, params: issue.params }, language) : issue.message;
}
