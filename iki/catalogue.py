"""The words of `iki.messages`: key → (pesan, saran, message, hint).

Indonesian first, as the office reads it; English second, for readers outside the office.
Placeholders are `{name}` and are filled by `iki.messages.say`; both languages use the same
ones (a test checks). Keys are a diagnostic code, or `code.variant`; `hint.…`, `place.…` and
`cli.…` are advice, places and lines of the command line.
"""

from __future__ import annotations

CATALOGUE: dict[str, tuple[str, str, str, str]] = {
    # -- reading YAML (Y0xx) -----------------------------------------------------------------
    "Y001.syntax": (
        "penulisan YAML tidak dapat dibaca: {detail}",
        "periksa indentasi (spasi, bukan tab) dan beri tanda kutip pada nilai yang memuat ': ' "
        "atau ' #'",
        "YAML syntax error: {detail}",
        "check the indentation (spaces, not tabs) and that a value containing ': ' or ' #' "
        "is quoted",
    ),
    "yaml.mapping_values": (
        "tanda ':' tidak boleh berada di sini",
        "",
        "mapping values are not allowed here",
        "",
    ),
    "yaml.expected_colon": (
        "tanda ':' yang diharapkan tidak ditemukan",
        "",
        "could not find expected ':'",
        "",
    ),
    "yaml.bad_start": (
        "ada karakter yang tidak boleh mengawali nilai",
        "",
        "found a character that cannot start any token",
        "",
    ),
    "yaml.tab": ("ada karakter tab yang merusak indentasi", "", "a tab breaks the indentation", ""),
    "yaml.block_end": (
        "indentasi tidak sesuai dengan baris-baris di atasnya",
        "",
        "the indentation does not match the lines above",
        "",
    ),
    "yaml.unclosed_quote": (
        "tanda kutip tidak ditutup",
        "",
        "a quotation mark is not closed",
        "",
    ),
    "Y001.character": (
        "karakter {char} tidak boleh ada dalam YAML",
        "hapus karakter kendali yang tak terlihat itu (biasanya terbawa saat menyalin dari Word)",
        "character {char} is not allowed in YAML",
        "delete the invisible control character (it often comes from copying out of Word)",
    ),
    "Y002": (
        "kunci '{key}' tertulis dua kali",
        "hapus salah satu; YAML diam-diam hanya menyimpan yang terakhir",
        "duplicate key '{key}'",
        "remove one of the two entries; YAML would silently keep only the last",
    ),
    "Y003.alias": (
        "alias '*{name}' merujuk ke nilai lain",
        "tulis nilainya lengkap: anchor dan alias menyembunyikan isi nilai dari pemeriksa",
        "alias '*{name}' refers to another value",
        "write the value out in full: anchors and aliases hide what a value is from the reviewer",
    ),
    "Y003.anchor": (
        "anchor '&{name}' tidak diperbolehkan",
        "tulis nilainya lengkap: anchor dan alias menyembunyikan isi nilai dari pemeriksa",
        "anchor '&{name}' is not allowed",
        "write the value out in full: anchors and aliases hide what a value is from the reviewer",
    ),
    "Y004": (
        "tag '{tag}' tidak diperbolehkan",
        "hapus tag '!'; berkas iki hanya memuat teks, angka, daftar dan pemetaan",
        "tag '{tag}' is not allowed",
        "remove the '!' tag; iki files hold plain text, numbers, lists and mappings only",
    ),
    "Y005.complex": (
        "kunci harus berupa teks biasa, bukan daftar atau pemetaan",
        "beri tanda kutip pada kunci ('yes': ...) atau pakai kata biasa; tahun seperti 2025 "
        "diperbolehkan",
        "a key must be a plain text, not a list or mapping",
        "quote the key ('yes': ...) or use a plain word; years such as 2025 are allowed",
    ),
    "Y005.control": (
        "kunci {key} memuat pindah baris atau karakter kendali",
        "tulis kunci dalam satu baris, tanpa karakter tak terlihat",
        "the key {key} holds a line break or a control character",
        "write the key on one line, without invisible characters",
    ),
    "Y005.not_text": (
        "kunci {key} bukan teks",
        "beri tanda kutip pada kunci ('yes': ...) atau pakai kata biasa; tahun seperti 2025 "
        "diperbolehkan",
        "the key {key} is not text",
        "quote the key ('yes': ...) or use a plain word; years such as 2025 are allowed",
    ),
    "Y006": (
        "ukuran berkas {size} bita; iki membaca berkas paling besar {limit} bita",
        "pecah data menjadi beberapa berkas; satu jabatan per berkas",
        "the file is {size} bytes; iki reads files up to {limit} bytes",
        "split the data into several files; one position per file",
    ),
    "Y007": (
        "berkas tidak tersimpan sebagai UTF-8 yang sah (bita 0x{byte})",
        "simpan ulang berkas sebagai UTF-8 (di VS Code: klik nama encoding di bilah status bawah)",
        "the file is not valid UTF-8 (byte 0x{byte})",
        "save the file as UTF-8 (in VS Code: 'Save with Encoding' → UTF-8)",
    ),
    "Y008": (
        "data bersarang lebih dari {depth} tingkat",
        "sederhanakan susunannya; berkas IKI paling banyak memerlukan lima tingkat",
        "the data nests more than {depth} levels deep",
        "flatten the structure; an IKI file needs five levels at most",
    ),
    "Y009": (
        "berkas kosong",
        "tulis isian jabatan, atau hapus berkas ini",
        "the file is empty",
        "write the position's fields, or delete the file",
    ),
    "Y010": (
        "berkas memuat lebih dari satu dokumen YAML",
        "satu dokumen per berkas: hapus baris '---' dan isi sesudahnya, atau pecah berkasnya",
        "the file holds more than one YAML document",
        "keep one document per file: remove the '---' line and what follows, or split the file",
    ),
    "Y011.not_finite": (
        "'{text}' bukan angka yang terhingga",
        "tulis sebuah angka, atau null bila nilainya belum diketahui",
        "'{text}' is not a finite number",
        "write a number, or null when the value is not known",
    ),
    "Y011.too_large": (
        "'{text}' terlalu besar untuk dihitung dengan tepat",
        "angka paling besar {limit}; tulis jumlah besar dalam satuan yang lebih besar "
        "(juta, miliar) dan sebutkan dalam satuan",
        "'{text}' is too large to compute with exactly",
        "numbers up to {limit} are allowed; write large amounts in a larger unit (juta, miliar) "
        "and say so in satuan",
    ),
    "Y012": (
        "berkas tidak dapat dibaca: {reason}",
        "pastikan itu berkas biasa yang dapat dibaca (bukan folder, pipa atau tautan rusak)",
        "cannot read the file: {reason}",
        "check that it is a readable file (not a folder, a pipe or a broken link)",
    ),
    "Y013": (
        "iki tidak mengenali jenis berkas ini",
        "berkas jabatan diletakkan di data/positions/, realisasi di data/realisasi/<tahun>/, "
        "Renstra di data/renstra.yaml",
        "iki does not know what this file is",
        "position files go in data/positions/, realisations in data/realisasi/<year>/, the "
        "Renstra in data/renstra.yaml",
    ),
    "Y014": (
        "'{text}' dibaca {value} oleh YAML 1.1, tetapi lain oleh perangkat lain",
        "tulis angkanya polos (17, 1000, 12.5), atau beri tanda kutip bila itu teks ('1:30')",
        "'{text}' is read as {value} by YAML 1.1 but differently by other tools",
        "write the number plainly (17, 1000, 12.5), or quote it if it is text ('1:30')",
    ),
    "Y015": (
        "'{text}' memakai titik pemisah ribuan: YAML membacanya {yaml_reading} (titik sebagai "
        "tanda desimal), padahal yang dimaksud mungkin {meant}",
        "tulis {plain} tanpa titik; bila memang pecahan desimal, tulis {decimal}",
        "'{text}' uses dots between thousands: YAML reads it as the decimal {yaml_reading}, "
        "where {meant} may be meant",
        "write {plain} without dots; if a decimal is meant, write {decimal}",
    ),
    "Y015.groups": (
        "'{text}' memakai titik pemisah ribuan, sehingga YAML membacanya sebagai teks, bukan "
        "angka {meant}",
        "tulis {plain} tanpa titik",
        "'{text}' uses dots between thousands, so YAML reads it as text, not the number {meant}",
        "write {plain} without dots",
    ),
    "Y015.decimal_comma": (
        "'{text}' memakai titik pemisah ribuan dan koma desimal, sehingga YAML membacanya "
        "sebagai teks, bukan angka {meant}",
        "tulis {plain}: tanpa pemisah ribuan, dengan titik sebagai tanda desimal",
        "'{text}' uses dots between thousands and a decimal comma, so YAML reads it as text, "
        "not the number {meant}",
        "write {plain}: no thousands separator, a dot before the decimals",
    ),
    "Y016.invisible": (
        "karakter tak terlihat {char} ({name})",
        "hapus karakter itu dan ketik ulang spasinya (biasanya terbawa saat menyalin dari Excel, "
        "Word atau PDF)",
        "invisible character {char} ({name})",
        "delete it and type the space again (it often comes from copying out of Excel, Word or "
        "a PDF)",
    ),
    "Y016.tab": (
        "karakter tab (U+0009)",
        "YAML memakai spasi untuk indentasi: ganti tab dengan spasi",
        "a tab character (U+0009)",
        "YAML indents with spaces: replace the tab with spaces",
    ),
    "Y016.control": (
        "teks memuat {name} {char}",
        "hapus karakter itu: karakter kendali dapat mengubah tampilan terminal atau arah teks",
        "the text holds a {name} {char}",
        "delete it: control characters can change a terminal's display or the direction of text",
    ),
    # -- names of characters (in Y016 messages) -------------------------------------------------
    "char.nbsp": ("spasi tak-putus", "", "non-breaking space", ""),
    "char.zero_width": ("karakter lebar-nol", "", "zero-width character", ""),
    "char.private_use": (
        "karakter pribadi, misalnya butir dari Word",
        "",
        "private-use character, such as a bullet from Word",
        "",
    ),
    "char.bom": ("tanda urutan bita di tengah teks", "", "byte-order mark inside the text", ""),
    "char.bidi": ("kendali arah teks", "", "text direction control", ""),
    "char.control": ("karakter kendali", "", "control character", ""),
    "char.line_separator": (
        "pemisah baris Unicode",
        "",
        "Unicode line separator",
        "",
    ),
    # -- the schema (S0xx) ---------------------------------------------------------------------
    "S001": (
        "{field} harus berupa {expected}, bukan {found}",
        "",
        "{field} must be {expected}, not {found}",
        "",
    ),
    "S001.number_text": (
        "{field} berisi teks '{text}', bukan angka",
        "tulis {plain}: di berkas YAML angka ditulis tanpa pemisah ribuan dan dengan titik desimal",
        "{field} holds the text '{text}', not a number",
        "write {plain}: in a YAML file a number has no thousands separator and a decimal point",
    ),
    "S001.percent_text": (
        "{field} berisi '{text}', bukan angka",
        "tulis {plain} saja, dan isi satuan: persen",
        "{field} holds '{text}', not a number",
        "write {plain} only, and put persen in satuan",
    ),
    "S001.unit_text": (
        "{field} berisi '{text}', bukan angka",
        "tulis {plain} saja; pindahkan '{unit}' ke satuan",
        "{field} holds '{text}', not a number",
        "write {plain} only; move '{unit}' into satuan",
    ),
    "S001.space_groups": (
        "{field} berisi '{text}': angka yang dipisahkan spasi dibaca sebagai teks, bukan angka",
        "tulis {plain} tanpa spasi",
        "{field} holds '{text}': a number grouped by spaces is read as text, not a number",
        "write {plain} without spaces",
    ),
    "S001.ambiguous_text": (
        "{field} berisi '{text}', yang dapat dibaca {readings}",
        "tulis angkanya tanpa pemisah ribuan, dengan titik desimal (misalnya 1500 atau 1.5)",
        "{field} holds '{text}', which can be read as {readings}",
        "write the number without a thousands separator, with a decimal point (1500 or 1.5)",
    ),
    "S002": (
        "isian wajib '{key}' belum ada",
        "tambahkan '{key}: …'{described}",
        "missing required field '{key}'",
        "add '{key}: …'{described}",
    ),
    "S002.in": (
        "isian wajib '{key}' belum ada pada {field}",
        "tambahkan '{key}: …'{described}",
        "missing required field '{key}' in {field}",
        "add '{key}: …'{described}",
    ),
    "S003": (
        "kunci '{key}' tidak dikenal",
        "kunci yang dikenal: {allowed}",
        "unknown key '{key}'",
        "allowed keys: {allowed}",
    ),
    "S003.in": (
        "kunci '{key}' tidak dikenal pada {field}",
        "kunci yang dikenal: {allowed}",
        "unknown key '{key}' in {field}",
        "allowed keys: {allowed}",
    ),
    "S004": (
        "{field} harus salah satu dari {options}; tertulis {found}",
        "",
        "{field} must be one of {options}; found {found}",
        "",
    ),
    "S005.key": (
        "'{key}' tidak boleh menjadi kunci pada {field}",
        "",
        "'{key}' is not allowed as a key in {field}",
        "",
    ),
    "S005.pattern": (
        "{field}: {found} tidak sesuai bentuk yang diharapkan",
        "",
        "{field}: {found} is not in the expected form",
        "",
    ),
    "S005": (
        "{field}: nilai {found} tidak memenuhi ketentuan ({rule})",
        "",
        "{field}: {found} does not meet the rule ({rule})",
        "",
    ),
    "S005.too_long": (
        "{field} terlalu panjang: {count} {unit}, paling banyak {limit}",
        "",
        "{field} is too long: {count} {unit}, at most {limit}",
        "",
    ),
    "S006": (
        "skala_predikat harus mengurutkan batas bawahnya dari yang tertinggi ke yang terendah, "
        "masing-masing sekali",
        "urutkan pita predikat seperti bawaannya: 91, 76, 66, 51, 0",
        "skala_predikat must list its lower bounds from highest to lowest, each once",
        "order the bands as in the default: 91, 76, 66, 51, 0",
    ),
    "S007": (
        "target {year} indikator '{id}': min {minimum} lebih besar daripada maks {maximum}",
        "tukar kedua batas itu",
        "target {year} of '{id}': min {minimum} is above maks {maximum}",
        "swap the two bounds",
    ),
    # names of types and shapes in S001 and S004
    "type.string": ("teks", "", "text", ""),
    "type.integer": ("bilangan bulat", "", "a whole number", ""),
    "type.number": ("angka", "", "a number", ""),
    "type.boolean": ("true atau false", "", "true or false", ""),
    "type.null": ("null (kosong)", "", "null (empty)", ""),
    "type.object": ("pemetaan (kunci: nilai)", "", "a mapping (key: value)", ""),
    "type.array": ("daftar (- butir)", "", "a list (- item)", ""),
    "type.bool_value": ("true/false", "", "true/false", ""),
    "type.list": ("daftar", "", "a list", ""),
    "type.mapping": ("pemetaan", "", "a mapping", ""),
    "type.id": ("sebuah id", "", "an id", ""),
    "type.reference": ("<jabatan>/<indikator>", "", "<position>/<indicator>", ""),
    "type.target": ("sebuah target", "", "a target", ""),
    "word.characters": ("karakter", "", "characters", ""),
    "word.items": ("butir", "", "items", ""),
    "word.or": (" atau ", "", " or ", ""),
    "word.document": ("dokumen", "", "the document", ""),
    "word.none": ("tidak ada", "", "none", ""),
    "word.nobody": ("tidak ada", "", "nobody", ""),
    "word.remove_it": ("hapus kunci itu", "", "remove it", ""),
    # -- identities and references (R0xx) ------------------------------------------------------
    "R001": (
        "id '{id}' tidak sama dengan nama berkas '{stem}'",
        "ganti nama berkas menjadi {id}.yaml, atau tulis id: {stem}",
        "id '{id}' does not match the file name '{stem}'",
        "rename the file to {id}.yaml, or set id: {stem}",
    ),
    "R002": (
        "id jabatan '{id}' juga dipakai oleh {other}",
        "beri setiap jabatan id-nya sendiri",
        "position id '{id}' is also used by {other}",
        "give each position its own id",
    ),
    "R003": (
        "atasan '{id}' bukan jabatan pada kantor ini",
        "tulis id berkas jabatan atasan langsung",
        "atasan '{id}' is not a position of this office",
        "write the id of the direct superior's file",
    ),
    "R004.position": (
        "mendukung '{ref}': tidak ada jabatan '{position}'",
        "tulis <id-jabatan>/<id-indikator>",
        "mendukung '{ref}': there is no position '{position}'",
        "write <position-id>/<indicator-id>",
    ),
    "R004.indicator": (
        "mendukung '{ref}': jabatan '{position}' tidak memiliki indikator '{indicator}'",
        "indikator {position}: {indicators}",
        "mendukung '{ref}': position '{position}' has no indicator '{indicator}'",
        "indicators of {position}: {indicators}",
    ),
    "R005": (
        "id indikator '{id}' muncul dua kali pada jabatan ini",
        "beri setiap indikator dalam satu jabatan id-nya sendiri",
        "indicator id '{id}' appears twice in this position",
        "give each indicator of a position its own id",
    ),
    "hint.did_you_mean": (
        "maksud Anda {options}?",
        "",
        "did you mean {options}?",
        "",
    ),
    # -- formulas (F0xx) -------------------------------------------------------------------------
    "F001": (
        "rumus indikator '{id}' tidak dapat dibaca pada karakter ke-{column}: {problem}",
        "",
        "rumus of '{id}' cannot be read at character {column}: {problem}",
        "",
    ),
    "F002": (
        "rumus indikator '{id}' memakai '{name}', yang belum dinyatakan",
        "nyatakan di bawah rumus.variabel ({name}: {{uraian: ..., satuan: ...}}) atau perbaiki "
        "ejaannya",
        "rumus of '{id}' uses '{name}', which is not declared",
        "declare it under rumus.variabel ({name}: {{uraian: ..., satuan: ...}}) or correct the "
        "spelling",
    ),
    "F003": (
        "variabel '{name}' pada indikator '{id}' dinyatakan tetapi tidak dipakai",
        "pakai dalam ekspresi atau hapus dari rumus.variabel",
        "variable '{name}' of '{id}' is declared but not used",
        "use it in the expression or remove it from rumus.variabel",
    ),
    "formula.default_hint": (
        "tulis angka, nama variabel, + - * / dan tanda kurung saja",
        "",
        "write numbers, variable names, + - * / and parentheses only",
        "",
    ),
    "formula.too_long": (
        "rumus sepanjang {length} karakter; paling banyak {limit}",
        "pecah perhitungannya menjadi lebih sedikit variabel yang lebih besar",
        "the formula is {length} characters long; at most {limit} are allowed",
        "split the computation into fewer, larger variables",
    ),
    "formula.unexpected_char": (
        "karakter {char} tidak terduga",
        "",
        "unexpected character {char}",
        "",
    ),
    "formula.empty": ("rumus kosong", "", "the formula is empty", ""),
    "formula.unexpected": ("{value} tidak terduga", "", "unexpected {value}", ""),
    "formula.too_large": (
        "angka {value}… terlalu besar",
        "tulis angka yang lebih kecil",
        "the number {value}… is too large",
        "write a smaller number",
    ),
    "formula.function": (
        "'{name}(' tampak seperti pemanggilan fungsi; fungsi tidak diperbolehkan",
        "",
        "'{name}(' looks like a function call; functions are not allowed",
        "",
    ),
    "formula.bad_name": (
        "'{name}' bukan nama variabel yang sah",
        "nama variabel terdiri atas huruf kecil, angka dan _, diawali huruf",
        "'{name}' is not a valid variable name",
        "variable names are lower case letters, digits and _, starting with a letter",
    ),
    "formula.missing_paren": (
        "')' tidak ada",
        "tutup setiap '(' dengan ')'",
        "missing ')'",
        "close every '(' with ')'",
    ),
    "formula.ends_early": ("rumus berakhir terlalu cepat", "", "the formula ends too early", ""),
    "formula.too_deep": (
        "rumus bersarang lebih dari {limit} tingkat",
        "sederhanakan rumusnya",
        "the formula nests more than {limit} levels deep",
        "simplify the formula",
    ),
    "formula.hint_times": ("tulis * untuk perkalian", "", "write * for multiplication", ""),
    "formula.hint_percent": (
        "hilangkan %: tulis * 100 untuk menyatakan persentase",
        "",
        "leave out %: write * 100 to express a percentage",
        "",
    ),
    "formula.hint_comma": (
        "dalam rumus tulis titik desimal (12.5), bukan koma",
        "",
        "write a decimal point (12.5), not a comma",
        "",
    ),
    "formula.hint_divide": ("tulis / untuk pembagian", "", "write / for division", ""),
    "formula.hint_power": (
        "pangkat tidak didukung; tulis sebagai perkalian",
        "",
        "powers are not supported; multiply instead",
        "",
    ),
    # -- realisations (A0xx) ---------------------------------------------------------------------
    "A001": (
        "posisi '{id}' bukan jabatan pada kantor ini",
        "tulis id salah satu berkas di data/positions/",
        "posisi '{id}' is not a position of this office",
        "write the id of a file in data/positions/",
    ),
    "A002": (
        "jabatan '{position}' tidak memiliki indikator '{indicator}'",
        "indikator {position}: {indicators}",
        "position '{position}' has no indicator '{indicator}'",
        "indicators of {position}: {indicators}",
    ),
    "A003.name": (
        "posisi '{id}' tidak sama dengan nama berkas '{stem}'",
        "ganti nama berkas menjadi {id}.yaml, atau tulis posisi: {stem}",
        "posisi '{id}' does not match the file name '{stem}'",
        "rename the file to {id}.yaml, or set posisi: {stem}",
    ),
    "A003.year": (
        "tahun {year} tidak sama dengan folder '{folder}'",
        "pindahkan berkas ke data/realisasi/{year}/, atau betulkan tahun sesuai foldernya",
        "tahun {year} does not match the folder '{folder}'",
        "move the file to data/realisasi/{year}/, or correct tahun to the year of its folder",
    ),
    "A004": (
        "'{quarter}' pada indikator '{id}' bukan triwulan",
        "triwulan ditulis TW1, TW2, TW3 dan TW4",
        "'{quarter}' of '{id}' is not a quarter",
        "quarters are written TW1, TW2, TW3 and TW4",
    ),
    "hint.quarters": (
        "triwulan ditulis TW1, TW2, TW3 dan TW4",
        "",
        "quarters are written TW1, TW2, TW3 and TW4",
        "",
    ),
    "cli.not_a_quarter": (
        "'{value}' bukan triwulan; {hint}",
        "",
        "'{value}' is not a quarter; {hint}",
        "",
    ),
    "A004.did_you_mean": (
        "maksud Anda 'TW{n}'?",
        "",
        "did you mean 'TW{n}'?",
        "",
    ),
    "A005.variable": (
        "{quarter} indikator '{id}': '{name}' bukan variabel rumusnya",
        "isian yang dikenal: {options}",
        "{quarter} of '{id}': '{name}' is not a variable of its rumus",
        "fields: {options}",
    ),
    "A005.ikm": (
        "{quarter} indikator '{id}': '{name}' bukan isian realisasi IKM",
        "isian yang dikenal: {options}",
        "{quarter} of '{id}': '{name}' is not a field of an IKM realisation",
        "fields: {options}",
    ),
    "A005.value": (
        "{quarter} indikator '{id}': '{name}' bukan isian realisasi (indikator ini tanpa rumus)",
        "isian yang dikenal: {options}",
        "{quarter} of '{id}': '{name}' is not a field of a realisation (it has no rumus)",
        "fields: {options}",
    ),
    "A006": (
        "{quarter} indikator '{id}' belum memuat nilai variabel '{name}'",
        "tambahkan {name}: … ({description})",
        "{quarter} of '{id}' lacks the value of variable '{name}'",
        "add {name}: … ({description})",
    ),
    "A007": (
        "{quarter} indikator '{id}' bernilai negatif ({value})",
        "tulis jumlah atau besaran triwulan itu sendiri; indikator yang mengukur perubahan "
        "(pertumbuhan, penurunan) menghitungnya dari dua besaran dengan rumus",
        "{quarter} of '{id}' is negative ({value})",
        "write the quarter's own count or amount; an indicator that measures a change "
        "(growth, decrease) computes it from two amounts with a rumus",
    ),
    "A007.variable": (
        "{quarter} indikator '{id}': variabel '{name}' bernilai negatif ({value})",
        "tulis jumlah atau besaran triwulan itu sendiri; indikator yang mengukur perubahan "
        "(pertumbuhan, penurunan) menghitungnya dari dua besaran dengan rumus",
        "{quarter} of '{id}': variable '{name}' is negative ({value})",
        "write the quarter's own count or amount; an indicator that measures a change "
        "(growth, decrease) computes it from two amounts with a rumus",
    ),
    "A008.ikm_value": (
        "{quarter} indikator '{id}': IKM dihitung dari survei, tidak ditulis sebagai nilai",
        "tulis unsur: [sembilan nilai rata-rata unsur, 1–4] dan responden: N "
        "(PermenPAN-RB 14/2017)",
        "{quarter} of '{id}': an IKM is computed from the survey, not written as a value",
        "write unsur: [nine element means, 1–4] and responden: N (PermenPAN-RB 14/2017)",
    ),
    "A008.respondents": (
        "{quarter} indikator '{id}': responden tanpa unsur",
        "tulis unsur: [sembilan nilai rata-rata unsur, 1–4] di samping responden",
        "{quarter} of '{id}': responden without unsur",
        "write unsur: [nine element means, 1–4] beside responden",
    ),
    "A008.not_ikm": (
        "{quarter} indikator '{id}': {field} hanya untuk indikator IKM",
        "tandai indikatornya ikm: true pada berkas jabatan, atau hapus {field}",
        "{quarter} of '{id}': {field} belongs to IKM indicators only",
        "mark the indicator ikm: true in its position file, or remove {field}",
    ),
    "A008.formula": (
        "{quarter} indikator '{id}' dihitung dengan rumusnya; tulis variabelnya, bukan nilai",
        "tulis {fields}",
        "{quarter} of '{id}' is computed by its rumus; write its variables, not a value",
        "write {fields}",
    ),
    "A009": (
        "realisasi '{id}' tahun {year} juga ada di {other}",
        "simpan satu berkas per jabatan dan tahun; pindahkan triwulan ini ke berkas yang lain",
        "the realisation of '{id}' for {year} is also in {other}",
        "keep one file per position and year; move these quarters into the other file",
    ),
    "A010": (
        "{quarter} indikator '{id}' memuat bukti atau catatan tetapi tanpa nilai; dianggap "
        "belum terealisasi",
        "tulis nilai: …, atau hapus triwulan itu sampai nilainya diketahui",
        "{quarter} of '{id}' has bukti or catatan but no value; it counts as not realised",
        "write nilai: …, or remove the quarter until the value is known",
    ),
    "A010.ikm": (
        "{quarter} indikator '{id}' memuat bukti atau catatan tetapi tanpa nilai; dianggap "
        "belum terealisasi",
        "tulis unsur: [sembilan nilai rata-rata unsur, 1–4], atau hapus triwulan itu sampai "
        "nilainya diketahui",
        "{quarter} of '{id}' has bukti or catatan but no value; it counts as not realised",
        "write unsur: [nine element means, 1–4], or remove the quarter until it is known",
    ),
    "A010.formula": (
        "{quarter} indikator '{id}' memuat bukti atau catatan tetapi tanpa nilai; dianggap "
        "belum terealisasi",
        "tulis {fields}, atau hapus triwulan itu",
        "{quarter} of '{id}' has bukti or catatan but no value; it counts as not realised",
        "write {fields}, or remove the quarter",
    ),
    # -- the cascade (C0xx) ----------------------------------------------------------------------
    "C001": (
        "'{id}' tidak memiliki atasan, padahal '{root}' sudah menjadi puncak kantor: seluruh "
        "jabatan harus membentuk satu pohon",
        "tulis id atasan langsung {id} pada atasan; hanya Kepala Dinas yang atasan: null",
        "'{id}' has no atasan, but '{root}' already heads the office: the positions must form "
        "one tree",
        "write the id of {id}'s direct superior in atasan; only the Kepala Dinas has atasan: null",
    ),
    "C002": (
        "atasan berputar dalam lingkaran: {cycle}",
        "salah satu jabatan ini harus menyebut atasan di luar lingkaran itu",
        "atasan goes round in a cycle: {cycle}",
        "one of these positions must name a superior outside the cycle",
    ),
    "C003.deep": (
        "'{id}' tidak berada di bawah puncak kantor '{root}': letaknya lebih dari {levels} "
        "tingkat di bawahnya; iki membaca {levels} tingkat (sebuah kantor punya lima atau enam)",
        "perbaiki atasan jabatan-jabatan pada rantai itu",
        "'{id}' is not under the head of the office '{root}': it lies more than {levels} levels "
        "below it; iki reads {levels} levels (an office has five or six)",
        "fix the atasan of the positions in that chain",
    ),
    "C003.cycle": (
        "'{id}' tidak berada di bawah puncak kantor '{root}': rantai atasannya ({chain}) masuk "
        "ke dalam lingkaran",
        "perbaiki atasan jabatan-jabatan pada rantai itu",
        "'{id}' is not under the head of the office '{root}': its chain of atasan ({chain}) "
        "runs into a cycle",
        "fix the atasan of the positions in that chain",
    ),
    "C003.root": (
        "'{id}' tidak berada di bawah puncak kantor '{root}': rantai atasannya ({chain}) "
        "berakhir di '{end}', puncak kedua",
        "perbaiki atasan jabatan-jabatan pada rantai itu",
        "'{id}' is not under the head of the office '{root}': its chain of atasan ({chain}) "
        "ends at '{end}', a second root",
        "fix the atasan of the positions in that chain",
    ),
    "C011": (
        "mendukung '{ref}': '{target}' bukan atasan jabatan ini (di atas '{id}': {above})",
        "sebut indikator atasan langsung {superior}",
        "mendukung '{ref}': '{target}' is not above it (above '{id}': {above})",
        "name an indicator of the direct superior {superior}",
    ),
    "C011.self": (
        "mendukung '{ref}': '{target}' adalah jabatan ini sendiri (di atas '{id}': {above})",
        "sebut indikator atasan langsung {superior}",
        "mendukung '{ref}': '{target}' is itself (above '{id}': {above})",
        "name an indicator of the direct superior {superior}",
    ),
    "C012": (
        "mendukung '{ref}' melompati satu tingkat: '{id}' melapor kepada '{superior}', yang "
        "seharusnya membawanya di antaranya",
        "salurkan melalui {superior}: mendukung: {between} bila sesuai, atau beri {superior} "
        "indikator yang membawa {ref}",
        "mendukung '{ref}' skips a level: '{id}' reports to '{superior}', which should carry "
        "it in between",
        "go through {superior}: mendukung: {between} if it fits, or give {superior} an "
        "indicator that carries {ref}",
    ),
    "C012.none": (
        "mendukung '{ref}' melompati satu tingkat: '{id}' melapor kepada '{superior}', yang "
        "seharusnya membawanya di antaranya",
        "sebut indikator {superior} yang mendukung {ref}, atau beri {superior} indikator itu",
        "mendukung '{ref}' skips a level: '{id}' reports to '{superior}', which should carry "
        "it in between",
        "name an indicator of {superior} that supports {ref}, or give {superior} one",
    ),
    "C013": (
        "indikator '{id}' jabatan '{position}' belum diturunkan: belum ada indikator bawahan "
        "yang mendukungnya",
        "tambahkan mendukung: {ref} pada baris bawahan yang membawanya ({subordinates})",
        "'{id}' of '{position}' is not cascaded: no indicator of a subordinate supports it "
        "(belum diturunkan)",
        "add mendukung: {ref} to the row of a subordinate that carries it ({subordinates})",
    ),
    "C014": (
        "indikator '{id}' tidak mendukung indikator atasan '{superior}'",
        "tambahkan mendukung: {superior}/<indikator>{choices}, atau penunjang: true bila "
        "merupakan pekerjaan penunjang administrasi",
        "'{id}' supports no indicator of the superior '{superior}' (tidak mendukung atasan)",
        "add mendukung: {superior}/<indicator>{choices}, or penunjang: true if it is "
        "administrative support work",
    ),
    "C014.choices": (" (indikator {superior}: {ids})", "", " ({superior}'s: {ids})", ""),
    "C015": (
        "indikator '{id}' ditandai penunjang, tetapi mendukung {refs}",
        "baris penunjang tidak pernah dikonsolidasikan ke atas: hapus penunjang: true, atau "
        "hapus mendukung",
        "'{id}' is penunjang, yet supports {refs}",
        "penunjang rows are never consolidated upward: remove penunjang: true, or remove mendukung",
    ),
    "C021": (
        "target {year} indikator '{id}' sebesar {total}, tetapi jumlah target yang "
        "mendukungnya {found}",
        "target_bawahan: jumlah berarti keduanya sama ({parts}); betulkan salah satunya",
        "target {year} of '{id}' is {total}, but the targets that support it add up to {found}",
        "target_bawahan: jumlah says they are equal ({parts}); correct one side",
    ),
    "C031.no_renstra": (
        "mendukung '{ref}': proyek ini tidak memiliki Renstra (data/renstra.yaml)",
        "tulis Renstra kantor di data/renstra.yaml (lihat README, Renstra), atau hapus rujukan ini",
        "mendukung '{ref}': this project has no Renstra (data/renstra.yaml)",
        "write the office's Renstra in data/renstra.yaml (see the README, Renstra), or remove "
        "this reference",
    ),
    "C031": (
        "mendukung '{ref}': Renstra tidak memiliki IKU '{iku}'",
        "IKU dalam {file}: {known}",
        "mendukung '{ref}': the Renstra has no IKU '{iku}'",
        "IKUs in {file}: {known}",
    ),
    "C032": (
        "mendukung '{ref}': hanya baris Kepala Dinas ('{root}') yang mendukung IKU Renstra "
        "secara langsung; '{id}' melompati atasannya",
        "rujuk indikator atasan langsung ({superior}) yang mendukung {ref}",
        "mendukung '{ref}': only the Kepala Dinas's rows ('{root}') support a Renstra IKU "
        "directly; '{id}' skips its superior",
        "name the indicator of the direct superior ({superior}) that supports {ref}",
    ),
    "C033": (
        "IKU '{iku}' ({name}) tidak didukung baris mana pun dari '{head}'",
        "tambahkan mendukung: {ref} pada baris {head} yang mengukurnya, atau tambahkan baris "
        "baru di {file}",
        "IKU '{iku}' ({name}) is supported by no row of '{head}'",
        "add mendukung: {ref} to the row of {head} that measures it, or add a row to {file}",
    ),
    "C034": (
        "indikator '{id}' dari Kepala Dinas tidak mendukung IKU Renstra mana pun",
        "tambahkan mendukung: renstra/<id-iku> ({known}), atau penunjang: true bila bukan "
        "kinerja utama",
        "'{id}' of the Kepala Dinas supports no Renstra IKU",
        "add mendukung: renstra/<iku-id> ({known}), or penunjang: true if it is not core "
        "performance",
    ),
    "C035": (
        "id '{id}' dipakai dua kali dalam Renstra",
        "beri setiap tujuan, sasaran dan IKU id yang berbeda",
        "id '{id}' is used twice in the Renstra",
        "give every tujuan, sasaran and IKU its own id",
    ),
    "C035.reserved": (
        "id jabatan '{id}' dicadangkan: mendukung: renstra/<id> merujuk IKU Renstra, bukan "
        "indikator jabatan ini",
        "beri jabatan ini id lain (ganti juga nama berkasnya dan rujukan kepadanya)",
        "position id '{id}' is reserved: mendukung: renstra/<id> names an IKU of the Renstra, "
        "not an indicator of this position",
        "give this position another id (and rename its file and the references to it)",
    ),
    "C035.target_year": (
        "target IKU '{id}' untuk tahun {year} di luar periode Renstra {start}–{end}",
        "tulis target hanya untuk tahun {start} sampai {end}",
        "the target of IKU '{id}' for {year} lies outside the Renstra period {start}–{end}",
        "write targets only for the years {start} to {end}",
    ),
    "C031.unreadable": (
        "mendukung '{ref}': Renstra {file} tidak dapat dibaca",
        "perbaiki dahulu temuan pada {file}",
        "mendukung '{ref}': the Renstra {file} cannot be read",
        "first fix the findings in {file}",
    ),
    "C035.second": (
        "proyek ini sudah memiliki Renstra {first}",
        "simpan satu Renstra saja, di data/renstra.yaml",
        "this project already has a Renstra, {first}",
        "keep one Renstra only, in data/renstra.yaml",
    ),
    "C035.period": (
        "periode Renstra berakhir ({end}) sebelum dimulai ({start})",
        "tulis tahun awal dan tahun akhir periode, misalnya {{awal: 2021, akhir: 2026}}",
        "the Renstra period ends ({end}) before it starts ({start})",
        "write the first and the last year of the period, e.g. {{awal: 2021, akhir: 2026}}",
    ),
    "listing.more": (", … ({count} seluruhnya)", "", ", … ({count} in all)", ""),
    # -- what capaian is computed from (K0xx) --------------------------------------------------
    "K001": (
        "'{id}' adalah persentase, indeks atau rasio, tetapi triwulannya dijumlahkan "
        "(agregasi: jumlah): 80 % dan 90 % menjadi 170 %",
        "hapus agregasi (bawaannya terakhir: nilai s.d. triwulan terakhir), tulis agregasi: "
        "rata-rata, atau hitung dengan rumus dari dua jumlah",
        "'{id}' is a percentage, index or ratio, but its quarters are summed (agregasi: "
        "jumlah): 80 % and 90 % make 170 %",
        "remove agregasi (the default is terakhir: the value to the last quarter), write "
        "agregasi: rata-rata, or compute it with a rumus from two amounts",
    ),
    "K002": (
        "target triwulan {year} '{id}' tidak menyebut jenisnya; dibaca kumulatif (target s.d. "
        "akhir triwulan)",
        "tulis jenis: kumulatif, atau jenis: per-triwulan bila tiap angka adalah target "
        "triwulan itu sendiri",
        "the quarterly target {year} of '{id}' does not say its kind; it is read as cumulative "
        "(the target to the end of the quarter)",
        "write jenis: kumulatif, or jenis: per-triwulan when each number is that quarter's own "
        "target",
    ),
    "K003": (
        "target triwulan {year} '{id}': {problem}",
        "capaian tidak dihitung sampai jenis dan deret target sesuai",
        "quarterly target {year} of '{id}': {problem}",
        "no capaian is computed until the kind and the series of targets agree",
    ),
    "K004": (
        "bobot unsur IKM berjumlah {total}, bukan tepat 1",
        'tulis bobot yang berjumlah 1; sembilan bobot sama besar ditulis "1/9" (0.111 × 9 = 0,999)',
        "the IKM elements' weights add up to {total}, not exactly 1",
        'write weights that add up to 1; nine equal weights are written "1/9" (0.111 × 9 = 0.999)',
    ),
    "K004.unreadable": (
        "bobot unsur IKM '{name}' tidak dapat dibaca",
        'tulis angka di atas 0 (0.25) atau pecahan ("1/9")',
        "the weight of IKM element '{name}' cannot be read",
        'write a number above 0 (0.25) or a fraction ("1/9")',
    ),
    "K004.not_positive": (
        "bobot unsur IKM '{name}' harus di atas 0",
        'tulis angka di atas 0 (0.25) atau pecahan ("1/9")',
        "the weight of IKM element '{name}' must be above 0",
        'write a number above 0 (0.25) or a fraction ("1/9")',
    ),
    "K004.twice": (
        "unsur IKM '{name}' tertulis dua kali",
        "setiap unsur ditulis sekali, dengan bobotnya",
        "IKM element '{name}' is written twice",
        "write each element once, with its weight",
    ),
    "K005": (
        "{quarter} '{id}': survei IKM berisi {found} nilai unsur, padahal unsurnya {count}",
        "tulis {count} nilai rata-rata unsur (1–4) seurut ikm_unsur di iki.yaml (bawaannya "
        "sembilan unsur PermenPAN-RB 14/2017)",
        "{quarter} of '{id}': the IKM survey holds {found} element values, but there are "
        "{count} elements",
        "write {count} element means (1–4) in the order of ikm_unsur in iki.yaml (by default "
        "the nine elements of PermenPAN-RB 14/2017)",
    ),
    "K006": (
        "batas_bawah_capaian ({floor}) di atas batas_capaian ({cap})",
        "batas bawah capaian harus tidak lebih dari batas atasnya; bawaannya 0 dan 120",
        "batas_bawah_capaian ({floor}) is above batas_capaian ({cap})",
        "the floor of capaian must not be above its cap; the defaults are 0 and 120",
    ),
    "K007": (
        "semua indikator '{id}' berbobot 0: capaian jabatannya tidak dapat dihitung (tidak ada "
        "bobot untuk membagi)",
        "beri bobot di atas 0 pada indikator yang dinilai, atau hapus bobot agar semua indikator "
        "sama berat",
        "every indicator of '{id}' weighs 0: its capaian cannot be computed (no weight to "
        "divide by)",
        "give the indicators that count a bobot above 0, or remove bobot so that all weigh the "
        "same",
    ),
    # -- quality rules (Q1xx) --------------------------------------------------------------------
    "Q001": (
        "abaikan pada indikator '{id}' menyebut '{code}', yang bukan aturan mutu",
        "hanya temuan mutu (Q1xx) yang dapat diabaikan; lihat docs/rules.md untuk kodenya",
        "abaikan of '{id}' names '{code}', which is not a quality rule",
        "only quality findings (Q1xx) can be ignored; see docs/rules.md for the codes",
    ),
    "Q002": (
        "abaikan pada indikator '{id}' mengabaikan {code}, yang tidak muncul di sini",
        "hapus {code} dari abaikan",
        "abaikan of '{id}' ignores {code}, which does not fire here",
        "remove {code} from abaikan",
    ),
    "Q102": (
        "indikator '{id}' berupa target ('{text}'), bukan indikator",
        "tulis angkanya di target dan satuannya di satuan, lalu sebut apa yang dihitung (Jumlah …)",
        "indikator of '{id}' is a target ('{text}'), not an indicator",
        "put the number in target and the unit in satuan, and name what is counted (Jumlah …)",
    ),
    "Q101": (
        "indikator '{id}' tidak menyebut sesuatu yang dapat diukur",
        "awali indikator dengan apa yang diukur: Jumlah …, Persentase …, Indeks …, Rata-rata …",
        "indikator of '{id}' names nothing that can be measured",
        "open the indicator with what is measured: Jumlah …, Persentase …, Indeks …, Rata-rata …",
    ),
    "Q101.state": (
        "indikator '{id}' menyebut keadaan ('{opening} …'), bukan besaran",
        "awali indikator dengan apa yang diukur: Jumlah …, Persentase …, Indeks …, Rata-rata …",
        "indikator of '{id}' names a state ('{opening} …'), not a quantity",
        "open the indicator with what is measured: Jumlah …, Persentase …, Indeks …, Rata-rata …",
    ),
    "Q101.thing": (
        "indikator '{id}' menyebut suatu benda ('{opening} …'), bukan besaran yang dihitung "
        "atau diukur",
        "awali indikator dengan apa yang diukur: Jumlah …, Persentase …, Indeks …, Rata-rata …",
        "indikator of '{id}' names a thing ('{opening} …'), not a quantity counted or measured",
        "open the indicator with what is measured: Jumlah …, Persentase …, Indeks …, Rata-rata …",
    ),
    "Q104": (
        "indikator '{id}' mengukur {count} besaran ({quantities}) dalam satu baris",
        "pecah menjadi satu baris per besaran, masing-masing dengan satuan dan targetnya",
        "indikator of '{id}' measures {count} quantities ({quantities}) in one row",
        "split it into one row per quantity, each with its own satuan and target",
    ),
    "Q105": (
        "sasaran indikator '{id}' mengulang indikatornya: indikator hanya menghitung apa yang "
        "disebut sasaran",
        "biarkan sasaran menyebut hasil yang dilayani pekerjaan itu, dan indikator ukuran yang "
        "dapat diukur darinya (tepat waktu, sesuai ketentuan, lengkap …)",
        "sasaran of '{id}' repeats its indikator: the indicator only counts what the sasaran names",
        "let the sasaran name the result the work serves, and the indicator a measurable "
        "criterion of it (tepat waktu, sesuai ketentuan, lengkap …)",
    ),
    "Q103": (
        "penjelasan indikator '{id}' berupa target ('{text}'), bukan penjelasan",
        "simpan angkanya di target dan jelaskan apa yang dihitung dan bagaimana (atau 'Cukup "
        "jelas')",
        "penjelasan of '{id}' is a target ('{text}'), not an explanation",
        "keep the number in target and say what is counted and how (or 'Cukup jelas')",
    ),
    "Q110": (
        "penjelasan indikator '{id}' memuat rumus yang belum ditulis sebagai rumus",
        "tulis di bawah rumus: {{ekspresi: …, variabel: {{nama: {{uraian: …, satuan: …}}}}}}",
        "penjelasan of '{id}' gives a formula that is not written as rumus",
        "write it under rumus: {{ekspresi: …, variabel: {{nama: {{uraian: …, satuan: …}}}}}}",
    ),
    "Q107": (
        "indikator '{id}' belum memiliki sumber_data",
        "sebut dari mana realisasinya diperoleh: laporan, aplikasi, register …",
        "'{id}' has no sumber_data",
        "name where the realisation comes from: a report, an application, a register …",
    ),
    "Q106": (
        "indikator '{id}' belum memiliki satuan",
        "tulis satuan target dan realisasi: persen, dokumen, orang, kali, …",
        "'{id}' has no satuan",
        "write the unit of target and realisation: persen, dokumen, orang, kali, …",
    ),
    "Q108": (
        "target {year} indikator '{id}' belum diisi",
        "tulis targetnya di bawah target: {{{year}: …}} dalam satuan indikator",
        "the {year} target of '{id}' is not set yet",
        "write the target under target: {{{year}: …}} in the unit of satuan",
    ),
    "Q108.missing": (
        "indikator '{id}' belum memiliki target tahun {year}",
        "tulis targetnya di bawah target: {{{year}: …}} dalam satuan indikator",
        "'{id}' has no target for {year}",
        "write the target under target: {{{year}: …}} in the unit of satuan",
    ),
    "Q109": (
        "indikator '{id}' berupa persentase tanpa rumus",
        "sebut bagian mana atas keseluruhan mana: rumus: {{ekspresi: bagian / keseluruhan * 100, "
        "variabel: …}}",
        "'{id}' is a percentage without a formula",
        "say which part over which whole: rumus: {{ekspresi: bagian / keseluruhan * 100, "
        "variabel: …}}",
    ),
    "Q113": (
        "rumus indikator '{id}' berupa persentase tetapi tidak dikalikan 100",
        "tulis {formula}",
        "rumus of '{id}' is a percentage but does not multiply by 100",
        "write {formula}",
    ),
    "Q112": (
        "rumus indikator '{id}' tampak terbalik: kata {words} pada indikator menggambarkan "
        "penyebut, bukan pembilang",
        "letakkan bagian yang disebut indikator di atas garis: bagian / keseluruhan * 100",
        "rumus of '{id}' seems upside down: the indikator's {words} describe the denominator, "
        "not the numerator",
        "put the part the indicator names above the line: bagian / keseluruhan * 100",
    ),
    "Q111": (
        "rumus indikator '{id}' membagi {top} dengan {bottom}: bagian-bagian sebuah rasio "
        "memerlukan satuan yang sama",
        "bandingkan bagian dengan keseluruhannya dalam satu satuan (izin / izin, orang / orang); "
        "bila yang dimaksud laju, sebutkan dalam satuan (rupiah/orang)",
        "rumus of '{id}' divides {top} by {bottom}: the parts of a ratio need the same unit",
        "compare a part with its whole in one unit (izin / izin, orang / orang); if a rate is "
        "meant, say so in satuan (rupiah/orang)",
    ),
    "Q114": (
        "indikator '{id}' juga menjadi indikator {refs}, tanpa tautan mendukung di antaranya",
        "bila satu jabatan adalah atasan yang lain, tautkan baris bawahan dengan mendukung; "
        "bila tiap jabatan dihitung oleh atasannya sendiri, tautkan tiap baris ke indikator "
        "atasannya dengan mendukung; bila tidak, sebutkan pada masing-masing teks bagian mana "
        "yang dikerjakan tiap jabatan",
        "indikator of '{id}' is also an indicator of {refs}, with no mendukung link between them",
        "if one position is the other's superior, link the subordinate's row with mendukung; if "
        "each position is counted by its own superior, link each row to its superior's indicator "
        "with mendukung; otherwise say in each text which part each position does",
    ),
    "Q114.more": ("{refs} dan {count} lainnya", "", "{refs} and {count} more", ""),
    # -- numbers typed by a person (iki.numbers) ------------------------------------------------
    "number.ambiguous": (
        "'{text}' bisa dibaca {decimal} (koma desimal) atau {thousands} (koma pemisah ribuan); "
        "tulis {thousands} atau {decimal} agar tidak keliru",
        "",
        "'{text}' can be read as {decimal} (decimal comma) or {thousands} (thousands "
        "separator); write {thousands} or {decimal} so that it cannot be misread",
        "",
    ),
    "number.english_groups": (
        "'{text}' memakai koma sebagai pemisah ribuan; tulis {plain} (tanpa pemisah ribuan) "
        "atau dengan titik: 1.500.000",
        "",
        "'{text}' uses commas between thousands; write {plain} (no separator) or with dots: "
        "1.500.000",
        "",
    ),
    "number.too_large": (
        "'{text}' terlalu besar untuk sebuah angka",
        "",
        "'{text}' is too large for a number",
        "",
    ),
    "number.percent": (
        "'{text}' bukan angka: tulis angkanya saja ({number}) dan satuan persen",
        "",
        "'{text}' is not a number: write the number only ({number}), with persen as satuan",
        "",
    ),
    "number.space_groups": (
        "'{text}' memisahkan ribuan dengan spasi; tulis {plain} atau {dotted}",
        "",
        "'{text}' separates thousands with spaces; write {plain} or {dotted}",
        "",
    ),
    "cli.record_value": ("nilai", "", "value", ""),
    "number.unit": (
        "'{text}' bukan angka: tulis angkanya saja ({number}); satuannya ditulis di satuan",
        "",
        "'{text}' is not a number: write the number only ({number}); the unit goes in satuan",
        "",
    ),
    "number.not_a_number": (
        "'{text}' bukan angka; tulis misalnya 1500, 1.500 atau 12,5",
        "",
        "'{text}' is not a number; write for example 1500, 1.500 or 12,5",
        "",
    ),
    # -- iki record -------------------------------------------------------------------------------
    "record.no_indicator": (
        "jabatan '{id}' tidak memiliki indikator '{indicator}'{hint} (indikatornya: {known})",
        "",
        "position '{id}' has no indicator '{indicator}'{hint} (its indicators: {known})",
        "",
    ),
    "record.no_quarter": (
        "'{quarter}' bukan triwulan; tulis TW1, TW2, TW3 atau TW4",
        "",
        "'{quarter}' is not a quarter; write TW1, TW2, TW3 or TW4",
        "",
    ),
    "record.text_not_utf8": (
        "{option} berisi bita yang bukan UTF-8 (terminal dengan pengodean lain?); tidak ada yang "
        "ditulis. Ketik ulang teksnya di terminal UTF-8",
        "",
        "{option} holds bytes that are not UTF-8 (a terminal in another encoding?); nothing was "
        "written. Type the text again in a UTF-8 terminal",
        "",
    ),
    "record.nothing": (
        "tidak ada yang dicatat: berikan nilai, variabel atau nilai unsur IKM",
        "",
        "nothing to record: give a value, variables or IKM element means",
        "",
    ),
    "record.not_an_id": (
        "'{id}' bukan id jabatan",
        "",
        "'{id}' is not a position id",
        "",
    ),
    "record.no_position": (
        "tidak ada jabatan '{id}'{hint} (atau berkasnya berisi galat: jalankan 'iki validate')",
        "",
        "there is no position '{id}'{hint} (or its file has errors: run 'iki validate')",
        "",
    ),
    "record.unreadable": (
        "{file} tidak dapat dibaca; perbaiki dulu secara manual",
        "",
        "{file} cannot be read; correct it by hand first",
        "",
    ),
    "record.not_mapping": (
        "berkas itu tidak berisi pemetaan; perbaiki dulu secara manual",
        "",
        "the file does not hold a mapping; correct it by hand first",
        "",
    ),
    "record.realisasi_not_mapping": (
        "'realisasi' bukan pemetaan; perbaiki dulu berkasnya secara manual",
        "",
        "'realisasi' is not a mapping; correct the file by hand first",
        "",
    ),
    "record.quarters_not_mapping": (
        "realisasi.{id} bukan pemetaan triwulan; perbaiki dulu secara manual",
        "",
        "realisasi.{id} is not a mapping of quarters; correct it by hand first",
        "",
    ),
    "record.invalid": (
        "tidak dicatat: {file} akan menjadi tidak sah",
        "",
        "not recorded: {file} would not be valid",
        "",
    ),
    "record.realised_to": (
        "realisasi s.d. {period}: {value}",
        "",
        "realisation to {period}: {value}",
        "",
    ),
    "record.achieved_to": (
        "capaian s.d. {period}: {value}",
        "",
        "achievement to {period}: {value}",
        "",
    ),
    "record.done": (
        "{quarter} {ref} dicatat di {file}",
        "",
        "recorded {quarter} of {ref} in {file}",
        "",
    ),
    "record.done_new": (
        "{quarter} {ref} dicatat di {file} (berkas baru)",
        "",
        "recorded {quarter} of {ref} in {file} (new file)",
        "",
    ),
    "record.replaced": ("menggantikan: {previous}", "", "replaced: {previous}", ""),
    "record.by_hand": (
        "{problem}; perbaiki dulu berkasnya secara manual",
        "",
        "{problem}; correct the file by hand first",
        "",
    ),
    "splice.unparsable": (
        "berkas tidak dapat diurai untuk diubah ({reason})",
        "",
        "the file cannot be parsed for editing ({reason})",
        "",
    ),
    "splice.not_mapping": ("{path} bukan pemetaan", "", "{path} is not a mapping", ""),
    "record.line": ("baris {line}: ", "", "line {line}: ", ""),
    # -- iki import -------------------------------------------------------------------------------
    "import.before_heading": (
        "teks sebelum judul 'Indikator Kinerja Individu' yang pertama; diabaikan",
        "",
        "text before the first 'Indikator Kinerja Individu' heading; ignored",
        "",
    ),
    "import.after_heading": (
        "teks sesudah 'Indikator Kinerja Individu' tidak dipahami; diabaikan",
        "",
        "text after 'Indikator Kinerja Individu' not understood; ignored",
        "",
    ),
    "import.header": (
        "kepala tabel bukan 'No, Sasaran Kinerja, Indikator Kinerja, Penjelasan, Sumber Data'; "
        "sel tetap dibaca menurut urutan itu",
        "",
        "table header is not 'No, Sasaran Kinerja, Indikator Kinerja, Penjelasan, Sumber "
        "Data'; cells are read in that order anyway",
        "",
    ),
    "import.second_field": (
        "baris '{name}' kedua pada jabatan ini; diabaikan",
        "",
        "second '{name}' line in this position; ignored",
        "",
    ),
    "import.not_understood_head": (
        "baris pada bagian Jabatan / Tugas / Fungsi tidak dipahami; diabaikan",
        "",
        "line not understood in the Jabatan / Tugas / Fungsi part; ignored",
        "",
    ),
    "import.second_header": (
        "kepala tabel kedua pada jabatan ini; diabaikan",
        "",
        "second table header in this position; ignored",
        "",
    ),
    "import.not_understood_table": (
        "baris pada tabel indikator tidak dipahami (sebuah baris diawali nomornya atau tab; "
        "baris lanjutan sebuah sel harus datang sebelum sel berikutnya); diabaikan. Bila baris "
        "ini melanjutkan sel pada baris di atasnya, gabungkan dengan baris itu",
        "",
        "line not understood in the indicator table (a row starts with its number or a tab; a "
        "cell's next line must come before the row's next cell); ignored. If it continues a "
        "cell of the row above, join it to that line",
        "",
    ),
    "import.misaligned": (
        "baris tidak pas dengan kolom-kolom kepala tabel di atasnya (teksnya melintasi kolom); "
        "diabaikan. Luruskan di bawah kolomnya, atau pisahkan sel dengan tab",
        "",
        "line does not fit the columns of the table header above it (its text crosses a "
        "column); ignored. Align it under its column, or separate cells with tabs",
        "",
    ),
    "import.no_column_text": (
        "baris pada tabel indikator tidak dipahami (kolom No berisi teks, bukan nomor baris); "
        "diabaikan",
        "",
        "line not understood in the indicator table (the No column holds text, not a row "
        "number); ignored",
        "",
    ),
    "import.before_first_row": (
        "teks dalam tabel sebelum baris bernomor yang pertama; diabaikan",
        "",
        "text in the table before its first numbered row; ignored",
        "",
    ),
    "import.incomplete_row": (
        "baris pada tabel indikator tidak dipahami: tidak melengkapi baris di atasnya; "
        "diabaikan. Bila melanjutkan sel baris itu, gabungkan dengan baris itu",
        "",
        "line not understood in the indicator table: it does not complete the row above it; "
        "ignored. If it continues a cell of that row, join it to that line",
        "",
    ),
    "import.extra_cells": (
        "sel sesudah '{last}' diabaikan",
        "",
        "cells after '{last}' ignored",
        "",
    ),
    "import.column_ignored": (
        "sel pada kolom '{title}' tidak diimpor (iki membaca Sasaran, Indikator, Penjelasan, "
        "Sumber Data, Satuan dan Target); diabaikan",
        "",
        "cell in column '{title}' is not imported (iki reads Sasaran, Indikator, Penjelasan, "
        "Sumber Data, Satuan and Target); ignored",
        "",
    ),
    "import.not_regular": (
        "{path}: bukan berkas biasa (folder, pipa atau perangkat)",
        "",
        "{path}: not a regular file (a folder, a pipe or a device)",
        "",
    ),
    "import.damaged_docx": (
        "{path}: berkas .docx ini rusak dan tidak dapat dibaca ({reason}); simpan ulang "
        "dokumennya dari Word sebagai .docx",
        "",
        "{path}: this .docx file is damaged and cannot be read ({reason}); save the document "
        "again from Word as .docx",
        "",
    ),
    "cli.not_overwritten": (
        "tidak ditimpa: {path} ({reason})",
        "",
        "not overwritten: {path} ({reason})",
        "",
    ),
    "import.no_rows": (
        "tabel indikator tanpa baris",
        "",
        "indicator table without rows",
        "",
    ),
    "import.row_without": (
        "baris tanpa {missing}; diabaikan",
        "",
        "row without {missing}; ignored",
        "",
    ),
    "import.no_jabatan": (
        "jabatan tanpa baris 'Jabatan'; dilewati",
        "",
        "position without a 'Jabatan' line; skipped",
        "",
    ),
    "import.no_table": (
        "jabatan tanpa tabel indikator",
        "",
        "position without an indicator table",
        "",
    ),
    "import.exists": (
        "{count} berkas sudah ada; tidak ada yang ditulis. Pakai --force untuk menimpanya, "
        "atau -o untuk mengimpor ke folder lain",
        "",
        "{count} file(s) already exist; nothing was written. Use --force to overwrite them, or "
        "-o to import into another folder",
        "",
    ),
    "import.exists_one": ("sudah ada: {path}", "", "exists: {path}", ""),
    "import.invalid": (
        "jabatan ini tidak dapat dijadikan berkas yang sah: {findings}",
        "",
        "this position could not be made into a valid file: {findings}",
        "",
    ),
    "import.blocked": (
        "{path} bukan berkas; tidak ada yang ditulis",
        "",
        "{path} is not a file; nothing was written",
        "",
    ),
    "import.no_docx_library": (
        "membaca .docx memerlukan python-docx: pip install python-docx",
        "",
        "reading .docx needs python-docx: pip install python-docx",
        "",
    ),
    "import.bad_docx": (
        "{path}: berkas .docx tidak dapat dibaca ({reason})",
        "",
        "{path}: not a readable .docx file ({reason})",
        "",
    ),
    "import.wrote": (
        "{path} ditulis ({rows} baris, dari baris {line})",
        "",
        "wrote {path} ({rows} rows, from line {line})",
        "",
    ),
    "import.summary": (
        "{positions} jabatan, {rows} baris indikator diimpor",
        "",
        "{positions} positions, {rows} indicator rows imported",
        "",
    ),
    "import.read_not_written": (
        "terbaca {positions} jabatan dengan {rows} baris indikator, tetapi belum ada yang ditulis",
        "",
        "read {positions} positions with {rows} indicator rows, but nothing was written yet",
        "",
    ),
    "import.what_to_do": (
        "Yang dapat dilakukan: perbaiki baris-baris di atas dalam dokumen sumber (sel dipisah "
        "tab, satu baris tabel per baris teks, atau kolom rata di bawah judulnya) lalu impor "
        "lagi; atau impor dengan --partial, lalu lengkapi berkas yang ditulis dengan tangan.",
        "",
        "What can be done: correct the lines above in the source document (cells separated by "
        "tabs, one table row per line of text, or columns aligned under their titles) and "
        "import again; or import with --partial, then complete the written files by hand.",
        "",
    ),
    "import.no_year": (
        "target yang tertulis di sel belum diisikan: sebutkan --year untuk mengisinya",
        "",
        "targets written in cells were not set: pass --year to set them",
        "",
    ),
    "import.problems": (
        "{count} baris tidak dapat ditafsirkan:",
        "",
        "{count} line(s) could not be interpreted:",
        "",
    ),
    "import.unwritable": (
        "berkas jabatan tidak dapat ditulis: {reason}",
        "",
        "cannot write the position files: {reason}",
        "",
    ),
    # -- iki diff and git --------------------------------------------------------------------------
    "diff.renames_cut": (
        "pencocokan ganti nama jabatan dihentikan setelah {limit} pasangan dibandingkan: "
        "semua pasangan dengan kemiripan sekurang-kurangnya {percent} % sudah dicocokkan; "
        "{removed} jabatan dihapus dan {added} jabatan ditambah yang tersisa tidak dibandingkan "
        "lagi, sehingga sebagian mungkin sebenarnya ganti nama",
        "bagi perubahan itu menjadi beberapa commit yang lebih kecil",
        "rename matching of positions stopped after {limit} pairs were compared: every pair at "
        "least {percent} % similar was matched; the {removed} removed and {added} added "
        "positions left were not compared further, so some may in fact be renames",
        "split the change into several smaller commits",
    ),
    "diff.renames_cut_indicators": (
        "pencocokan ganti nama indikator jabatan {position} dihentikan setelah {limit} pasangan "
        "dibandingkan: semua pasangan dengan kemiripan sekurang-kurangnya {percent} % sudah "
        "dicocokkan; {removed} indikator dihapus dan {added} indikator ditambah yang tersisa "
        "tidak dibandingkan lagi, sehingga sebagian mungkin sebenarnya ganti nama",
        "bagi perubahan itu menjadi beberapa commit yang lebih kecil",
        "rename matching of the indicators of position {position} stopped after {limit} pairs "
        "were compared: every pair at least {percent} % similar was matched; the {removed} "
        "removed and {added} added indicators left were not compared further, so some may in "
        "fact be renames",
        "split the change into several smaller commits",
    ),
    "git.missing": (
        "git belum terpasang atau tidak ada di PATH; iki diff memerlukannya",
        "",
        "git is not installed or not on PATH; iki diff needs it",
        "",
    ),
    "git.timeout": (
        "git {command} tidak selesai dalam {seconds} detik",
        "",
        "git {command} did not finish in {seconds} s",
        "",
    ),
    "git.failed": ("git {command} gagal", "", "git {command} failed", ""),
    "git.no_repository": (
        "{folder} tidak berada di dalam repositori git: {reason}",
        "",
        "{folder} is not in a git repository: {reason}",
        "",
    ),
    "git.dash": (
        "'{revision}' bukan revisi: revisi tidak boleh diawali '-'",
        "",
        "'{revision}' is not a revision: a revision cannot start with '-'",
        "",
    ),
    "git.control": (
        "{revision} bukan revisi: memuat karakter kendali",
        "",
        "{revision} is not a revision: it contains a control character",
        "",
    ),
    "git.unknown": (
        "revisi '{revision}' tidak dikenal: tidak ada commit, cabang atau tag itu di {repo} "
        "(di CI, ambil riwayatnya: actions/checkout dengan fetch-depth: 0)",
        "",
        "unknown revision '{revision}': no such commit, branch or tag in {repo} (in CI, fetch "
        "the history: actions/checkout with fetch-depth: 0)",
        "",
    ),
    "git.link_outside": (
        "{path} di {commit} adalah tautan simbolik ke {target}, di luar repositori; iki diff "
        "hanya membaca berkas di dalam repositori",
        "",
        "{path} at {commit} is a symbolic link to {target}, outside the repository; iki diff "
        "reads only files inside the repository",
        "",
    ),
    "git.worktree_link_outside": (
        "{path} adalah tautan simbolik ke {target}, di luar repositori; iki diff hanya membaca "
        "berkas di dalam repositori",
        "",
        "{path} is a symbolic link to {target}, outside the repository; iki diff reads only "
        "files inside the repository",
        "",
    ),
    "git.link_through_outside": (
        "{path} di {commit} melewati {folder}, tautan simbolik ke {target} di luar repositori; "
        "iki diff hanya membaca berkas di dalam repositori",
        "",
        "{path} at {commit} passes through {folder}, a symbolic link to {target} outside the "
        "repository; iki diff reads only files inside the repository",
        "",
    ),
    "git.link_missing": (
        "{path} di {commit} adalah tautan simbolik ke {target}, yang tidak ada (atau bukan "
        "berkas) pada revisi itu",
        "",
        "{path} at {commit} is a symbolic link to {target}, which does not exist (or is not a "
        "file) at that revision",
        "",
    ),
    "git.link_loop": (
        "{paths} di {commit}: rantai tautan simbolik terlalu panjang atau berputar",
        "",
        "{paths} at {commit}: the chain of symbolic links is too long or goes round in a loop",
        "",
    ),
    "cli.unreadable": (
        "{file}: berkas tidak dapat dibaca: {reason}",
        "",
        "{file}: cannot read the file: {reason}",
        "",
    ),
    # -- places in the form's terms --------------------------------------------------------------
    "place.row": (
        "baris {row} tabel kinerja (indikator '{id}')",
        "",
        "row {row} of the kinerja table (indicator '{id}')",
        "",
    ),
    "place.row_no_id": ("baris {row} tabel kinerja", "", "row {row} of the kinerja table", ""),
    "place.target": ("target {year}", "", "target {year}", ""),
    "place.quarter": ("target {year} {quarter}", "", "target {year} {quarter}", ""),
    "place.realisation": (
        "realisasi {quarter} indikator '{id}'",
        "",
        "realisation {quarter} of indicator '{id}'",
        "",
    ),
    "place.realisation_indicator": (
        "realisasi indikator '{id}'",
        "",
        "realisation of indicator '{id}'",
        "",
    ),
    "place.field": ("isian {field}", "", "field {field}", ""),
    "place.item": ("butir {n} {field}", "", "item {n} of {field}", ""),
    # -- the command line ------------------------------------------------------------------------
    "cli.checked_clean": (
        "{files} berkas diperiksa: tidak ada masalah",
        "",
        "{files} file(s) checked: no problems",
        "",
    ),
    "cli.checked": (
        "{files} berkas diperiksa: {errors} galat, {warnings} peringatan",
        "",
        "{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
        "",
    ),
    "cli.at": ("di {place}", "", "at {place}", ""),
    "cli.severity.error": ("galat", "", "error", ""),
    "cli.severity.warning": ("peringatan", "", "warning", ""),
    "cli.data_errors": (
        "{errors} galat dalam data; berkas yang tidak terbaca atau tidak sesuai skemanya "
        "ditinggalkan, sehingga hasilnya mungkin tidak lengkap. Jalankan 'iki validate'.",
        "",
        "{errors} error(s) in the data; files that fail to read or fail their schema are left "
        "out, and results may be incomplete. Run 'iki validate'.",
        "",
    ),
    "cli.tree_data_errors": (
        "{errors} galat dalam data; pohon kinerja mungkin tidak lengkap. Jalankan 'iki validate'.",
        "",
        "{errors} error(s) in the data; the tree may be incomplete. Run 'iki validate'.",
        "",
    ),
    "cli.no_folder": (
        "--realisasi {folder}: folder tidak ditemukan",
        "",
        "--realisasi {folder}: no such folder",
        "",
    ),
    "cli.realisations_over_positions": (
        "--realisasi {folder}: folder ini memuat berkas jabatan (data/positions/) atau berada "
        "di dalamnya; tunjuk folder realisasi saja, yang berisi <tahun>/<id-jabatan>.yaml, "
        "misalnya examples/realisasi",
        "",
        "--realisasi {folder}: this folder holds the position files (data/positions/) or lies "
        "inside them; name a folder of realisations only, holding <year>/<position-id>.yaml, "
        "such as examples/realisasi",
        "",
    ),
    "cli.position_broken": (
        "--position {id}: {file} berisi galat; jalankan 'iki validate'",
        "",
        "--position {id}: {file} has errors; run 'iki validate'",
        "",
    ),
    "cli.no_position": (
        "--position {id}: jabatan itu tidak ada",
        "",
        "--position {id}: no such position",
        "",
    ),
    "cli.no_position_close": (
        "--position {id}: jabatan itu tidak ada; maksud Anda {options}?",
        "",
        "--position {id}: no such position; did you mean {options}?",
        "",
    ),
    "cli.no_project_file": (
        "{folder} tidak memiliki {config}; --project menunjuk folder proyek",
        "",
        "{folder} has no {config}; --project names a project folder",
        "",
    ),
    "cli.no_project": (
        "tidak ada {config} di {folder} maupun folder di atasnya; jalankan iki di dalam proyek "
        "atau sebutkan --project FOLDER; untuk memulai kantor baru di sini: "
        'iki init --organisasi "…" --pemerintah "…" --tahun 2026',
        "",
        "no {config} in {folder} or any folder above it; run iki inside a project or pass "
        "--project DIR; to start a new office here: "
        'iki init --organisasi "…" --pemerintah "…" --tahun 2026',
        "",
    ),
    "cli.bad_language": (
        "bahasa '{value}' (--lang atau IKI_LANG) tidak dikenal; pilih id atau en",
        "",
        "unknown language '{value}' (--lang or IKI_LANG); choose id or en",
        "",
    ),
    "cli.var_form": (
        "--var {pair}: tulis NAMA=NILAI, misalnya --var mendaftar=30",
        "",
        "--var {pair}: write NAME=VALUE, e.g. --var mendaftar=30",
        "",
    ),
    "cli.record_unwritable": (
        "berkas realisasi {id} tidak dapat ditulis: {reason}",
        "",
        "cannot write {id}'s file: {reason}",
        "",
    ),
    "cli.report_which": (
        "sebutkan salah satu: --position ID atau --all",
        "",
        "give either --position ID or --all",
        "",
    ),
    "cli.report_is_folder": (
        "-o {output}: itu folder; sebutkan nama berkas laporannya",
        "",
        "-o {output}: is a folder; name the report's file",
        "",
    ),
    "cli.report_not_folder": (
        "-o {output}: bukan folder; --all menulis satu folder berisi halaman-halaman",
        "",
        "-o {output}: not a folder; --all writes a folder of pages",
        "",
    ),
    "cli.report_written": (
        "{pages} halaman ditulis; buka {index}",
        "",
        "wrote {pages} pages; open {index}",
        "",
    ),
    "cli.report_unwritable": (
        "laporan tidak dapat ditulis: {reason}",
        "",
        "cannot write the report: {reason}",
        "",
    ),
    "cli.no_such_path": (
        "{path}: berkas atau folder itu tidak ada",
        "",
        "{path}: no such file or folder",
        "",
    ),
    "cli.not_a_file": (
        "{path}: bukan berkas biasa atau folder",
        "",
        "{path}: not a regular file or folder",
        "",
    ),
    "achievement.o_table": (
        "-o menulis json, csv atau xlsx; tabel hanya untuk terminal",
        "",
        "-o writes json, csv or xlsx; the table is for the terminal",
        "",
    ),
    "achievement.compare_xlsx": (
        "--compare-year ditampilkan sebagai table, json atau csv, bukan xlsx",
        "",
        "--compare-year is shown as table, json or csv, not xlsx",
        "",
    ),
    "achievement.xlsx_needs_o": (
        "--format xlsx: sebutkan nama berkasnya dengan -o BERKAS.xlsx",
        "",
        "--format xlsx: name the file with -o FILE.xlsx",
        "",
    ),
    "xlsx.which": (
        "pilih jabatannya: --position ID (boleh berulang) atau --all",
        "",
        "choose the positions: --position ID (repeatable) or --all",
        "",
    ),
    "xlsx.suffix": (
        "-o {output}: nama buku kerja harus berakhiran .xlsx",
        "",
        "-o {output}: the workbook's name must end in .xlsx",
        "",
    ),
    "xlsx.unwritable": (
        "{output} tidak dapat ditulis: {reason}",
        "",
        "cannot write {output}: {reason}",
        "",
    ),
    "xlsx.unwritable_any": (
        "tidak dapat menulis: {reason}",
        "",
        "cannot write: {reason}",
        "",
    ),
    "cli.usage.no_such_option": (
        "opsi '{option}' tidak dikenal",
        "",
        "no such option '{option}'",
        "",
    ),
    "cli.usage.no_such_command": (
        "perintah '{name}' tidak dikenal",
        "",
        "no such command '{name}'",
        "",
    ),
    "cli.usage.missing_option": ("opsi {name} wajib diisi", "", "option {name} is required", ""),
    "cli.usage.missing_argument": (
        "argumen {name} wajib diisi",
        "",
        "argument {name} is required",
        "",
    ),
    "cli.usage.needs_value": (
        "opsi '{option}' memerlukan nilai",
        "",
        "option '{option}' needs a value",
        "",
    ),
    "cli.usage.bad_choice": (
        "{name} tidak menerima {value}; pilih salah satu: {options}",
        "",
        "{name} does not take {value}; choose one of: {options}",
        "",
    ),
    "cli.usage.bad_value": (
        "{name} tidak menerima {value}",
        "",
        "{name} does not take {value}",
        "",
    ),
    "cli.usage.bad_range": (
        "{name} tidak menerima {value}; tulis bilangan bulat dari {low} sampai {high}",
        "",
        "{name} does not take {value}; write a whole number from {low} to {high}",
        "",
    ),
    "cli.usage.bad_value_said": ("{name}: {reason}", "", "{name}: {reason}", ""),
    "cli.usage.extra": (
        "argumen berlebih: {args}",
        "",
        "unexpected extra argument(s): {args}",
        "",
    ),
    "cli.usage.help": ("bantuan: {command}", "", "help: {command}", ""),
    "xlsx.no_changes": (
        "Tidak ada isian yang berubah; tidak ada berkas yang ditulis.",
        "",
        "No value changed; no file was written.",
        "",
    ),
    "xlsx.changes": ("Isian yang berubah ({count}):", "", "Changed values ({count}):", ""),
    "xlsx.file_written": ("ditulis", "", "written", ""),
    "xlsx.file_to_write": ("akan ditulis", "", "to be written", ""),
    "xlsx.diff_heading": (
        "iki diff: salinan kerja → setelah impor",
        "",
        "iki diff: working copy → after the import",
        "",
    ),
    "cli.schema_which": (
        "tulis salah satu: {names}; atau --write FOLDER",
        "",
        "name one of: {names}; or --write FOLDER",
        "",
    ),
    "cli.schema_write_all": (
        "--write menulis semua skema: jangan sebut nama skema",
        "",
        "--write writes every schema: name none",
        "",
    ),
    "cli.schema_write_file": (
        "--write {folder}: itu berkas, bukan folder; sebut sebuah folder",
        "",
        "--write {folder}: that is a file, not a folder; name a folder",
        "",
    ),
    "cli.schema_unwritable": (
        "skema tidak dapat ditulis: {where}{reason}",
        "",
        "cannot write the schemas: {where}{reason}",
        "",
    ),
    "cli.schema_force": (
        "--force menggantinya dengan skema iki ini",
        "",
        "--force replaces them with this iki's schemas",
        "",
    ),
    "cli.exists": ("sudah ada: {path}", "", "already there: {path}", ""),
    "cli.exist_count": (
        "{count} berkas atau folder sudah ada; tidak ada yang ditulis. {advice}",
        "",
        "{count} file(s) or folder(s) already there; nothing was written. {advice}",
        "",
    ),
    "cli.init_new_only": (
        "iki init hanya membuat proyek baru: pilih folder lain atau kosong",
        "",
        "iki init only starts a new project: choose another folder, or an empty one",
        "",
    ),
    "cli.init_not_folder": ("{folder} bukan folder", "", "{folder} is not a folder", ""),
    "cli.init_unwritable": (
        "proyek tidak dapat dibuat: {reason}",
        "",
        "cannot create the project: {reason}",
        "",
    ),
    "cli.init_created": ("dibuat: {path}", "", "created: {path}", ""),
    "cli.init_ready": (
        "Proyek IKI {office} siap di {folder}. Langkah berikutnya:\n"
        "  iki import dokumen-iki.docx     (atau salinan teks dari Word/PDF)\n"
        "  iki validate",
        "",
        "IKI project of {office} ready in {folder}. Next steps:\n"
        "  iki import dokumen-iki.docx     (or a text copy from Word/PDF)\n"
        "  iki validate",
        "",
    ),
    "cli.init_source": (
        "  isi IKI_SOURCE di .github/workflows/iki.yml dengan sumber iki (git+https://…@tag)",
        "",
        "  set IKI_SOURCE in .github/workflows/iki.yml to where iki comes from (git+https://…@tag)",
        "",
    ),
    "target.cumulative_falls": (
        "target kumulatif menurun dari {first} ({before}) ke {then} ({after}); bila tiap angka "
        "adalah target triwulan itu sendiri, tulis jenis: per-triwulan",
        "",
        "the cumulative target falls from {first} ({before}) to {then} ({after}); if each number "
        "is the quarter's own target, write jenis: per-triwulan",
        "",
    ),
    "target.repeated_without_kind": (
        "target triwulan berulang tanpa jenis: tulis jenis: kumulatif (target s.d. triwulan) "
        "atau jenis: per-triwulan (target triwulan itu sendiri)",
        "",
        "a quarterly target repeats without a kind: write jenis: kumulatif (the target up to the "
        "quarter) or jenis: per-triwulan (the quarter's own target)",
        "",
    ),
    "cli.compare_files_broken": (
        "berkas realisasi {year} di {folder} memuat kesalahan dan dilewati (jalankan "
        "'iki validate')",
        "",
        "the {year} realisation files in {folder} have errors and were skipped (run "
        "'iki validate')",
        "",
    ),
    "cli.compare_no_files": (
        "tidak ada berkas realisasi {year} di {folder}",
        "",
        "no {year} realisation files in {folder}",
        "",
    ),
    "cli.compare_shown_empty": (
        "realisasi {year} ditampilkan sebagai belum ada realisasi",
        "",
        "the {year} realisations are shown as not yet reported",
        "",
    ),
    "xlsx.cell_formula_number": (
        "berisi rumus '{formula}'; iki tidak menjalankan rumus: tulis angkanya saja",
        "",
        "holds the formula '{formula}'; iki runs no formula: write the number itself",
        "",
    ),
    "xlsx.cell_formula_text": (
        "berisi rumus '{formula}'; iki tidak menjalankan rumus: tulis teksnya saja",
        "",
        "holds the formula '{formula}'; iki runs no formula: write the text itself",
        "",
    ),
    "xlsx.cell_boolean": (
        "berisi nilai benar/salah, bukan angka",
        "",
        "holds TRUE/FALSE, not a number",
        "",
    ),
    "xlsx.cell_date": (
        "berisi tanggal atau waktu, bukan angka; ubah format sel menjadi Angka (Number)",
        "",
        "holds a date or time, not a number; set the cell's format to Number",
        "",
    ),
    "xlsx.cell_not_finite": ("bukan angka yang terhingga", "", "not a finite number", ""),
    "xlsx.cell_percent": (
        "berformat persen Excel: tampil {shown}%, tetapi tersimpan {stored}; ubah format sel "
        "menjadi Angka (Number) dan tulis angka yang dimaksud tanpa tanda % (misalnya {shown} "
        "untuk {shown}%): satuannya sudah tertulis di kolom satuan",
        "",
        "has Excel's percent format: it shows {shown}% but holds {stored}; set the cell's format "
        "to Number and write the number meant without % ({shown} for {shown}%): the unit is "
        "already in the satuan column",
        "",
    ),
    "xlsx.cell_error": (
        "berisi galat Excel '{error}', bukan angka",
        "",
        "holds the Excel error '{error}', not a number",
        "",
    ),
    "xlsx.cell_not_text": (
        "isilah dengan teks biasa (tanggal ditulis sebagai teks)",
        "",
        "fill it with plain text (a date written as text)",
        "",
    ),
    "xlsx.cell_equals": (
        "diawali '=' seperti rumus; bukti dan catatan ditulis sebagai teks biasa (tulis tautan "
        "apa adanya, tanpa =HYPERLINK)",
        "",
        "starts with '=' like a formula; bukti and catatan are plain text (write a link as it "
        "is, without =HYPERLINK)",
        "",
    ),
    "xlsx.cell_too_long": (
        "teks {length} karakter, lebih dari {limit}",
        "",
        "text of {length} characters, more than {limit}",
        "",
    ),
    "os.no_space": ("ruang disk penuh", "", "no space left on the disk", ""),
    "os.denied": ("izin ditolak", "", "permission denied", ""),
    "os.read_only": ("sistem berkas hanya dapat dibaca", "", "read-only file system", ""),
    "os.not_found": ("berkas atau folder tidak ada", "", "no such file or folder", ""),
    "os.is_folder": ("itu sebuah folder", "", "it is a folder", ""),
    "os.not_folder": ("bagian jalurnya bukan folder", "", "part of the path is not a folder", ""),
    "os.io": ("galat baca-tulis perangkat", "", "input/output error", ""),
    "os.closed": ("saluran keluaran tertutup", "", "the output is closed", ""),
    "xlsx.written": (
        "{output}: {positions} jabatan, {rows} baris isian, tahun {year}",
        "",
        "{output}: {positions} positions, {rows} rows to fill in, year {year}",
        "",
    ),
    "xlsx.left_out": (
        "{count} berkas bergalat ditinggalkan: {files}; jalankan 'iki validate'",
        "",
        "{count} file(s) with errors left out: {files}; run 'iki validate'",
        "",
    ),
    "xlsx.wrong": (
        "{count} isian salah; tidak ada yang ditulis. Perbaiki sel-sel di atas lalu impor lagi.",
        "",
        "{count} value(s) wrong; nothing was written. Correct the cells above and import again.",
        "",
    ),
    "xlsx.dry_run": (
        "--dry-run: tidak ada yang ditulis.",
        "",
        "--dry-run: nothing was written.",
        "",
    ),
    # -- iki xlsx import: the workbook as a whole, and cells it refuses -------------------------
    "xlsx.unreadable": (
        "{path}: tidak dapat dibaca: {reason}",
        "",
        "{path}: cannot be read: {reason}",
        "",
    ),
    "xlsx.too_large": (
        "{name}: berkas {size} MiB, lebih dari batas {limit} MiB untuk sebuah buku kerja isian",
        "",
        "{name}: the file is {size} MiB, more than the limit of {limit} MiB for an entry workbook",
        "",
    ),
    "xlsx.not_xlsx": (
        "{name}: bukan buku kerja .xlsx (Excel 2007 ke atas); simpan ulang sebagai .xlsx",
        "",
        "{name}: not an .xlsx workbook (Excel 2007 or later); save it again as .xlsx",
        "",
    ),
    "xlsx.damaged": (
        "{name}: arsip .xlsx rusak ({detail})",
        "",
        "{name}: the .xlsx archive is damaged ({detail})",
        "",
    ),
    "xlsx.too_many_parts": (
        "{name}: {count} bagian di dalam arsip, terlalu banyak",
        "",
        "{name}: {count} parts inside the archive, too many",
        "",
    ),
    "xlsx.zip_bomb": (
        "{name}: isinya mengembang menjadi {size} MiB (batas {limit} MiB); ini bukan buku kerja "
        "dari 'iki xlsx export' (mungkin bom zip), tidak dibuka",
        "",
        "{name}: its content unpacks to {size} MiB (limit {limit} MiB); this is not a workbook "
        "from 'iki xlsx export' (perhaps a zip bomb), not opened",
        "",
    ),
    "xlsx.not_openable": (
        "{name}: tidak dapat dibaca sebagai .xlsx ({detail})",
        "",
        "{name}: cannot be read as .xlsx ({detail})",
        "",
    ),
    "xlsx.state_broken": (
        "{name}: lembar tersembunyi '{sheet}' rusak atau diubah; ekspor ulang buku kerjanya",
        "",
        "{name}: the hidden sheet '{sheet}' is damaged or was changed; export the workbook again",
        "",
    ),
    "xlsx.state_unknown": (
        "{name}: bukan buku kerja dari 'iki xlsx export' (lembar '{sheet}' tidak dikenali); "
        "ekspor buku kerja isian dengan 'iki xlsx export'",
        "",
        "{name}: not a workbook from 'iki xlsx export' (sheet '{sheet}' is not recognised); "
        "export the entry workbook with 'iki xlsx export'",
        "",
    ),
    "xlsx.entry_renamed": (
        "{name}: lembar '{entry}' tidak ada (namanya diubah?); isian hanya dibaca dari lembar "
        "bernama '{entry}': kembalikan namanya, lalu impor lagi",
        "",
        "{name}: there is no sheet '{entry}' (was it renamed?); values are read only from the "
        "sheet named '{entry}': give it its name back, then import again",
        "",
    ),
    "xlsx.not_ours": (
        "{name}: tidak ada lembar '{entry}' dan lembar tersembunyi '{state}'; ini bukan buku "
        "kerja dari 'iki xlsx export'",
        "",
        "{name}: there is no sheet '{entry}' and no hidden sheet '{state}'; this is not a workbook "
        "from 'iki xlsx export'",
        "",
    ),
    "xlsx.extra_sheet": (
        "lembar '{sheet}' tidak dibuat oleh 'iki xlsx export'; isian hanya dibaca dari lembar "
        "'{entry}': hapus lembar ini, atau salin isiannya ke '{entry}'",
        "",
        "sheet '{sheet}' was not made by 'iki xlsx export'; values are read only from the sheet "
        "'{entry}': delete this sheet, or copy its values into '{entry}'",
        "",
    ),
    "xlsx.position_gone": (
        "jabatan '{position}' tidak ada lagi (atau berkasnya bermasalah; jalankan 'iki validate')",
        "",
        "position '{position}' no longer exists (or its file has problems; run 'iki validate')",
        "",
    ),
    "xlsx.position_changed": (
        "jabatan '{position}': {changed} berubah sejak buku kerja ini diekspor; ekspor ulang, "
        "isi lagi, lalu impor (tidak ada yang ditulis, agar perubahan itu tidak tertimpa)",
        "",
        "position '{position}': {changed} changed since this workbook was exported; export it "
        "again, fill it in again, then import (nothing was written, so that the change is not "
        "overwritten)",
        "",
    ),
    "xlsx.empty": ("(kosong)", "", "(empty)", ""),
    "xlsx.changed_and": (" dan ", "", " and ", ""),
    "xlsx.changed_position_file": (
        "berkas IKI-nya (target, indikator)",
        "",
        "its IKI file (targets, indicators)",
        "",
    ),
    "xlsx.changed_realisation_file": ("berkas realisasinya", "", "its realisation file", ""),
    "xlsx.too_many_rows": (
        "{name}: lembar '{entry}' lebih dari {limit} baris; ini bukan buku kerja dari "
        "'iki xlsx export', tidak dibaca lebih jauh",
        "",
        "{name}: sheet '{entry}' has more than {limit} rows; this is not a workbook from "
        "'iki xlsx export', not read further",
        "",
    ),
    "xlsx.header_changed": (
        "{cell}: judul kolom '{value}', seharusnya '{header}'; kolom tidak boleh disisipkan, "
        "dihapus atau diubah: ekspor ulang",
        "",
        "{cell}: column heading '{value}', expected '{header}'; columns must not be inserted, "
        "deleted or changed: export again",
        "",
    ),
    "xlsx.header_expected": (
        "judul kolom seharusnya '{header}'",
        "",
        "the column heading should be '{header}'",
        "",
    ),
    "xlsx.row_added": (
        "baris ini tidak ada saat ekspor; baris tidak boleh ditambahkan (isi baris indikator "
        "yang sudah ada)",
        "",
        "this row was not there at export; rows must not be added (fill in the indicator rows "
        "that are there)",
        "",
    ),
    "xlsx.row_moved": (
        "{cell}: baris ini berisi '{written}', padahal saat ekspor '{exported}'; baris tidak "
        "boleh disisipkan, dihapus atau diurutkan ulang: ekspor ulang lalu isi lagi",
        "",
        "{cell}: this row holds '{written}', but at export it held '{exported}'; rows must not "
        "be inserted, deleted or sorted: export again, then fill it in again",
        "",
    ),
    "xlsx.row_mismatch": (
        "baris tidak sesuai dengan saat ekspor",
        "",
        "the row does not match the export",
        "",
    ),
    "xlsx.indicator_gone": (
        "{cell}: indikator '{indicator}' ({kind} {key}) tidak ada lagi; ekspor ulang",
        "",
        "{cell}: indicator '{indicator}' ({kind} {key}) no longer exists; export again",
        "",
    ),
    "xlsx.locked_cell": (
        "sel ini terkunci dan isinya tidak dibaca; isi sel berwarna kuning di baris pertama "
        "indikatornya",
        "",
        "this cell is locked and is not read; fill in the yellow cells on the indicator's first "
        "row",
        "",
    ),
    "xlsx.rows_deleted": (
        "{name}: lembar '{entry}' hanya {read} dari {rows} baris saat ekspor; baris tidak boleh "
        "dihapus: ekspor ulang",
        "",
        "{name}: sheet '{entry}' has only {read} of the {rows} rows of the export; rows must not "
        "be deleted: export again",
        "",
    ),
    "xlsx.target_cleared": (
        "target {old} dikosongkan; target tidak dihapus lewat Excel: isi lagi angkanya, atau "
        "ubah berkas jabatannya langsung",
        "",
        "target {old} was emptied; a target is not deleted through Excel: fill the number in "
        "again, or change the position file itself",
        "",
    ),
    "xlsx.value_cleared": (
        "nilai {old} dikosongkan; realisasi yang sudah dicatat tidak dihapus lewat Excel: isi "
        "lagi angkanya, atau ubah berkas realisasinya langsung",
        "",
        "value {old} was emptied; a recorded realisation is not deleted through Excel: fill the "
        "number in again, or change the realisation file itself",
        "",
    ),
    "xlsx.text_cleared": (
        "{what} dikosongkan; {what} tidak dihapus lewat Excel: isi lagi, atau ubah berkas "
        "realisasinya langsung",
        "",
        "{what} was emptied; {what} is not deleted through Excel: fill it in again, or change "
        "the realisation file itself",
        "",
    ),
    "xlsx.ikm_incomplete": (
        "IKM {quarter}: isi semua unsur; {count} unsur masih kosong",
        "",
        "IKM {quarter}: fill in every element; {count} element(s) still empty",
        "",
    ),
    "xlsx.respondents": (
        "responden: tulis bilangan bulat, misalnya 384",
        "",
        "respondents: write a whole number, for example 384",
        "",
    ),
    "xlsx.text_without_value": (
        "{quarter} belum berisi nilai; bukti dan catatan dicatat bersama nilainya: isi juga "
        "nilai triwulan itu",
        "",
        "{quarter} has no value yet; evidence and notes are recorded with the value: fill in "
        "that quarter's value too",
        "",
    ),
    "xlsx.other_project": (
        "{name}: {missing} dari {total} jabatan buku kerja ini tidak ada di proyek ini; buku "
        "kerja dari kantor atau proyek lain? Impor di folder proyek yang mengekspornya (atau "
        "dengan --project FOLDER); tidak ada yang ditulis",
        "",
        "{name}: {missing} of the {total} positions of this workbook are not in this project; "
        "a workbook of another office or project? Import it in the project folder that exported "
        "it (or with --project FOLDER); nothing was written",
        "",
    ),
    "xlsx.stale": (
        "{name}: buku kerja ini sudah usang; tidak ada yang ditulis",
        "",
        "{name}: this workbook is out of date; nothing was written",
        "",
    ),
    "xlsx.moved_meanwhile": (
        "{files} berubah selama impor berjalan; tidak ada yang ditulis: impor lagi",
        "",
        "{files} changed while the import ran; nothing was written: import again",
        "",
    ),
    # -- targets set through the workbook (iki.edit.target) -----------------------------------
    "target.no_position": (
        "tidak ada jabatan '{position}' (atau berkasnya bermasalah)",
        "",
        "there is no position '{position}' (or its file has problems)",
        "",
    ),
    "target.unreadable": (
        "{name} tidak dapat dibaca; perbaiki dulu",
        "",
        "{name} cannot be read; correct it first",
        "",
    ),
    "target.no_indicator": (
        "{name}: tidak ada indikator '{indicator}'",
        "",
        "{name}: there is no indicator '{indicator}'",
        "",
    ),
    "target.not_by_year": (
        "{name}: target '{indicator}' bukan pemetaan tahun; perbaiki dulu",
        "",
        "{name}: the target of '{indicator}' is not a mapping of years; correct it first",
        "",
    ),
    "target.not_plain": (
        "{name}: target {year} '{indicator}' berupa rentang atau target per triwulan; ubah di "
        "berkasnya langsung",
        "",
        "{name}: the {year} target of '{indicator}' is a range or a target per quarter; change "
        "it in its file itself",
        "",
    ),
    "target.would_be_invalid": (
        "target tidak ditulis: {name} tidak akan sah",
        "",
        "target not written: {name} would not be valid",
        "",
    ),
    # -- why a capaian cannot be computed (iki.formula, iki.compute.achievement) ---------------
    "reason.too_large": (
        "hasil terlalu besar untuk dihitung",
        "",
        "the result is too large to compute",
        "",
    ),
    "reason.not_filled": ("nilai {name} belum diisi", "", "value {name} is not filled in", ""),
    "reason.not_filled_in": (
        "nilai {name} belum diisi pada {quarter}",
        "",
        "value {name} is not filled in for {quarter}",
        "",
    ),
    "reason.division_by_zero": ("pembagian dengan nol", "", "division by zero", ""),
    "reason.formula_unreadable": (
        "rumus tidak dapat dibaca: {detail}",
        "",
        "the formula cannot be read: {detail}",
        "",
    ),
    "reason.mixed_total": (
        "rumus menjumlahkan atau mengurangkan total {quarters} dengan nilai setahun penuh; "
        "dihitung setelah TW1–TW4 terisi, atau tulis nilai pembanding per triwulan (agregasi: "
        "jumlah)",
        "",
        "the formula adds or subtracts the total of {quarters} and a full year's value; it is "
        "computed once TW1–TW4 are filled in, or write the compared value per quarter "
        "(agregasi: jumlah)",
        "",
    ),
    "reason.mixed_quarter": (
        "rumus menjumlahkan atau mengurangkan nilai satu triwulan dengan nilai setahun penuh; "
        "hapus agregasi indikator, atau tulis nilai pembanding per triwulan",
        "",
        "the formula adds or subtracts one quarter's value and a full year's value; remove the "
        "indicator's agregasi, or write the compared value per quarter",
        "",
    ),
    "reason.ikm_weights": (
        "bobot unsur IKM di iki.yaml tidak dapat dibaca",
        "",
        "the weights of the IKM elements in iki.yaml cannot be read",
        "",
    ),
    "reason.ikm_elements": (
        "IKM memerlukan {count} nilai unsur",
        "",
        "the IKM needs {count} element values",
        "",
    ),
    "reason.inverse": (
        "rumus kebalikan (target / realisasi) hanya terdefinisi untuk target dan realisasi di "
        "atas 0; pakai capaian_negatif: regulasi",
        "",
        "the inverse formula (target / realisation) is defined only for a target and a "
        "realisation above 0; use capaian_negatif: regulasi",
        "",
    ),
    # -- the pohon kinerja's texts (iki tree) -------------------------------------------------
    "pohon.no_target": ("belum ada target", "", "no target yet", ""),
    "pohon.to": ("s.d. {quarter}", "", "to {quarter}", ""),
    "cli.compare_same_year": (
        "--compare-year {year}: itu tahun yang sedang ditampilkan; pilih tahun lain",
        "",
        "--compare-year {year}: that is the year shown; choose another year",
        "",
    ),
    "cli.config_invalid": (
        "{name} tidak sah, jadi tahun dan skala predikat tidak diketahui; perintah ini "
        "dihentikan. Perbaiki dulu:",
        "",
        "{name} is not valid, so the year and the predikat scale are not known; the command "
        "stops here. Correct it first:",
        "",
    ),
    "cli.no_positions": (
        "Belum ada jabatan di {folder}. Tambahkan dengan: iki import dokumen-iki.docx (atau "
        "salinan teks dari Word/PDF), atau tulis data/positions/<id>.yaml seperti contoh di "
        "README.",
        "",
        "There are no positions in {folder} yet. Add them with: iki import dokumen-iki.docx (or "
        "a text copy from Word/PDF), or write data/positions/<id>.yaml as in the README's "
        "example.",
        "",
    ),
    "cli.bad_print_date": (
        "--tanggal {given}: bukan tanggal; tulis TTTT-BB-HH, misalnya 2025-12-31",
        "",
        "--tanggal {given}: not a date; write YYYY-MM-DD, for example 2025-12-31",
        "",
    ),
    "cli.bad_epoch": (
        "SOURCE_DATE_EPOCH={epoch}: bukan jumlah detik sejak 1970",
        "",
        "SOURCE_DATE_EPOCH={epoch}: not a number of seconds since 1970",
        "",
    ),
    "cli.pk_not_structural": (
        "'{position}' bukan jabatan struktural: Perjanjian Kinerja ditandatangani Kepala Dinas, "
        "Sekretaris, Kepala Bidang, Kasubag dan Kasi; pejabat fungsional dan pelaksana menyusun "
        "SKP (lihat: iki report --position {position})",
        "",
        "'{position}' is not a structural position: the Performance Agreement is signed by the "
        "head of office, the secretary, heads of division, of subdivision and of section; "
        "functional and administrative staff draw up an SKP (see: iki report --position "
        "{position})",
        "",
    ),
    "cli.output_closed": (
        "keluaran standar tertutup: tidak ada yang ditulis",
        "",
        "standard output is closed: nothing was written",
        "",
    ),
    "cli.output_lost": (
        "keluaran tidak dapat ditulis ({reason}); hasil perintah tidak lengkap",
        "",
        "the output cannot be written ({reason}); the command's result is incomplete",
        "",
    ),
    "cli.label_not_utf8": (
        "--label berisi bita yang bukan UTF-8 (terminal dengan pengodean lain?); ketik ulang "
        "teksnya di terminal UTF-8",
        "",
        "--label holds bytes that are not UTF-8 (a terminal in another encoding?); type the text "
        "again in a UTF-8 terminal",
        "",
    ),
    "cli.review_needs_position": (
        "--pemeriksaan dipakai bersama --position ID formulir IKI (--all menulis setiap lembar "
        "pemeriksaan)",
        "",
        "--pemeriksaan goes with --position ID of the IKI form (--all writes every review sheet)",
        "",
    ),
    "cli.pdf_needs_o": (
        "--format pdf memerlukan -o BERKAS.pdf: PDF tidak ditulis ke terminal",
        "",
        "--format pdf needs -o FILE.pdf: a PDF is not written to the terminal",
        "",
    ),
    "cli.report_blocked": (
        "laporan tidak dapat ditulis: {path} adalah berkas, bukan folder",
        "",
        "cannot write the report: {path} is a file, not a folder",
        "",
    ),
}
