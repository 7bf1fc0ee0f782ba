"""Every word a report prints, one table per language.

Templates print labels only through `L.<key>` and never hold words of their own, so a report is
translated here, in one place. Indonesian is the office's language and the default; English is
for readers outside the office. Texts that come from elsewhere keep their language: the data as
the office wrote it, the predikat names of `iki.yaml`, the IKM's mutu pelayanan (the
regulation's names); the reasons `iki.compute.achievement` gives and the messages of
`iki validate` come from `iki.messages`, in the run's language.

A test checks that both tables have the same keys; with Jinja's StrictUndefined a key missing
from a table fails the rendering instead of printing nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from iki.messages import Language

_ID = {
    # numbers: thousands and decimal separators
    "thousands": ".",
    "decimal": ",",
    # the IKI form
    "form_title": "Indikator Kinerja Individu",
    "year": "Tahun",
    "position": "Jabatan",
    "superior": "Atasan Langsung",
    "holder": "Pemangku Jabatan",
    "period": "Capaian",
    "period_to": "s.d.",
    "tasks": "Tugas",
    "functions": "Fungsi",
    "table_caption": "Sasaran, indikator, target dan capaian kinerja",
    "col_no": "No",
    "col_objective": "Sasaran Kinerja",
    "col_indicator": "Indikator Kinerja",
    "col_explanation": "Penjelasan / Formulasi Penghitungan",
    "col_source": "Sumber Data",
    "col_target": "Target",
    "col_realisation": "Realisasi",
    "col_achievement": "Capaian",
    "col_grade": "Predikat",
    "formula": "Rumus",
    "not_filled": "belum diisi",
    "none": "–",
    "no_rows": "Jabatan ini belum memiliki indikator kinerja.",
    "summary_position": "Capaian jabatan",
    "summary_office": "Capaian kantor",
    "positions_with_data": "rata-rata jabatan {value}, {n} dari {total} jabatan berdata",
    "office_share": "cakupan {n} dari {total} indikator Kepala Dinas ({share})",
    "office_no_grade": "tanpa predikat, cakupan minimum {minimum}",
    "office_no_head": "belum dapat dihitung: kantor tidak memiliki tepat satu jabatan tanpa atasan",
    "office_no_indicators": (
        "belum dapat dihitung: Kepala Dinas belum memiliki indikator kinerja selain penunjang"
    ),
    "with_data": "{n} dari {total} indikator berdata",
    "not_computable": "belum dapat dihitung",
    "weighted": "rata-rata berbobot",
    "capped_from": "dibatasi dari {value}",
    "service_quality": "mutu pelayanan {label}",
    # achievement states (iki.compute.achievement.State)
    "state_dihitung": "dihitung",
    "state_belum-ada-target": "belum ada target",
    "state_target-nol": "target nol",
    "state_belum-ada-realisasi": "belum ada realisasi",
    "state_tidak-terdefinisi": "tidak dapat dihitung",
    # the cascade
    "cascade_title": "Keterkaitan kinerja (cascading)",
    "cascade_intro": (
        "Indikator atasan yang didukung setiap baris, dan indikator bawahan yang mendukungnya."
    ),
    "col_supports": "Mendukung indikator atasan",
    "col_supported_by": "Didukung oleh indikator bawahan",
    "link_skip": "melompati satu tingkat",
    "link_astray": "bukan atasan",
    "mark_supporting_work": "penunjang: tidak diteruskan ke atasan",
    "mark_orphan": "tidak mendukung atasan",
    "mark_uncascaded": "belum diturunkan ke bawahan",
    "nobody": "–",
    # findings
    "findings_title": "Temuan pemeriksaan (iki validate)",
    "findings_none": "Tidak ada temuan pada berkas jabatan ini.",
    "col_file": "Berkas",
    "col_line": "Baris",
    "col_code": "Kode",
    "col_severity": "Tingkat",
    "col_message": "Pesan",
    "col_rule": "Keterangan",
    "col_count": "Jumlah",
    "col_errors": "Galat",
    "col_warnings": "Peringatan",
    "severity_error": "galat",
    "severity_warning": "peringatan",
    # signatures
    "signature_place_date": "…………………………, ………………………………",
    "signature_known": "Mengetahui / Menyetujui,",
    "signature_maker": "Yang membuat,",
    "signature_blank": "……………………………………",
    "signature_nip": "NIP.",
    # the printed page: its margins, letterhead and signatures
    "printed": "Dicetak {date}",
    "page": "Halaman",
    "page_of": "dari",
    "months": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
    "Desember",
    "decree_attachment": "Lampiran",
    "decree_number": "Nomor",
    "decree_date": "Tanggal",
    "column_numbers": "Nomor kolom",
    "signature_dots": "………………………",
    "signature_place": "{place}, {dots} {year}",
    "signature_approved": "Disahkan oleh,",
    "review_title": "Lembar Pemeriksaan",
    "review_note": (
        "Lembar ini untuk pemeriksa (atasan langsung, APIP) dan bukan bagian dari formulir IKI "
        "yang ditandatangani."
    ),
    "review_link": "Lembar pemeriksaan",
    "form_link": "Formulir IKI",
    "finding_other": "temuan lain ({code})",
    # banner and footer
    "banner_title": "Perhatian",
    "banner_source": "Realisasi dibaca dari {folder}, bukan dari data/realisasi kantor.",
    "generated": "Dibuat dengan iki dari berkas data/positions/ dan realisasi {folder}.",
    "back_to_office": "Kembali ke laporan kantor",
    # the office report
    "office_title": "Laporan Capaian Kinerja",
    "office_positions": "Capaian per jabatan",
    "col_position": "Jabatan",
    "col_holder": "Pemangku",
    "col_indicators": "Indikator",
    "col_with_data": "Berdata",
    "col_with_target": "Bertarget",
    "col_with_realisation": "Berealisasi",
    "col_computable": "Dapat dihitung",
    "total": "Jumlah",
    "office_tree": "Pohon kinerja",
    "tree_intro": (
        "Jabatan dari Kepala Dinas ke bawah, diwarnai menurut predikat capaiannya; "
        "putih: belum ada capaian."
    ),
    "tree_no_achievement": "belum ada capaian",
    "tree_indicators": "{total} indikator, {n} berdata",
    "tree_unplaced": "Di luar pohon",
    "office_chart": "Capaian per indikator",
    "chart_intro": "Indikator yang capaiannya dapat dihitung; garis putus-putus: 100 %.",
    "chart_none": "Belum ada indikator yang capaiannya dapat dihitung.",
    "chart_left_out": "Tidak ditampilkan: {parts}.",
    "legend": "Predikat",
    "office_coverage": "Cakupan data",
    "coverage_intro": (
        "Per jabatan: indikator yang punya target pada periode ini, yang punya realisasi, "
        "dan yang capaiannya dapat dihitung."
    ),
    "office_findings": "Temuan pemeriksaan",
    "findings_summary": "{errors} galat, {warnings} peringatan pada {files} berkas.",
    "findings_by_code": "Menurut kode",
    "findings_by_file": "Menurut berkas",
    "office_findings_none": "iki validate tidak menemukan apa pun.",
}

_EN = {
    "thousands": ",",
    "decimal": ".",
    "form_title": "Individual Performance Indicators",
    "year": "Year",
    "position": "Position",
    "superior": "Direct superior",
    "holder": "Holder",
    "period": "Achievement",
    "period_to": "to",
    "tasks": "Tasks",
    "functions": "Functions",
    "table_caption": "Objectives, indicators, targets and achievement",
    "col_no": "No",
    "col_objective": "Objective",
    "col_indicator": "Indicator",
    "col_explanation": "Explanation / Formula",
    "col_source": "Data source",
    "col_target": "Target",
    "col_realisation": "Realisation",
    "col_achievement": "Achievement",
    "col_grade": "Grade",
    "formula": "Formula",
    "not_filled": "not filled in",
    "none": "–",
    "no_rows": "This position has no performance indicators yet.",
    "summary_position": "Position achievement",
    "summary_office": "Office achievement",
    "positions_with_data": "mean over positions {value}, {n} of {total} positions with data",
    "office_share": "coverage {n} of {total} indicators of the head of office ({share})",
    "office_no_grade": "no grade, minimum coverage {minimum}",
    "office_no_head": "cannot be computed: the office needs exactly one position without superior",
    "office_no_indicators": "cannot be computed: the head of office has only penunjang rows",
    "with_data": "{n} of {total} indicators with data",
    "not_computable": "cannot be computed yet",
    "weighted": "weighted mean",
    "capped_from": "capped from {value}",
    "service_quality": "service quality {label}",
    "state_dihitung": "computed",
    "state_belum-ada-target": "no target yet",
    "state_target-nol": "target is zero",
    "state_belum-ada-realisasi": "no realisation yet",
    "state_tidak-terdefinisi": "cannot be computed",
    "cascade_title": "Cascade",
    "cascade_intro": (
        "The superior's indicator each row supports, and the subordinates' indicators that "
        "support it."
    ),
    "col_supports": "Supports the superior's indicator",
    "col_supported_by": "Supported by subordinates' indicators",
    "link_skip": "skips a level",
    "link_astray": "not a superior",
    "mark_supporting_work": "supporting work: not carried upward",
    "mark_orphan": "supports no superior indicator",
    "mark_uncascaded": "not cascaded to subordinates",
    "nobody": "–",
    "findings_title": "Findings (iki validate)",
    "findings_none": "No findings in this position's files.",
    "col_file": "File",
    "col_line": "Line",
    "col_code": "Code",
    "col_severity": "Severity",
    "col_message": "Message",
    "col_rule": "Meaning",
    "col_count": "Count",
    "col_errors": "Errors",
    "col_warnings": "Warnings",
    "severity_error": "error",
    "severity_warning": "warning",
    "signature_place_date": "…………………………, ………………………………",
    "signature_known": "Acknowledged / approved by,",
    "signature_maker": "Prepared by,",
    "signature_blank": "……………………………………",
    "signature_nip": "NIP.",
    "printed": "Printed {date}",
    "page": "Page",
    "page_of": "of",
    "months": "January February March April May June July August September October November "
    "December",
    "decree_attachment": "Attachment to",
    "decree_number": "Number",
    "decree_date": "Date",
    "column_numbers": "Column numbers",
    "signature_dots": "………………………",
    "signature_place": "{place}, {dots} {year}",
    "signature_approved": "Approved by,",
    "review_title": "Review Sheet",
    "review_note": (
        "This sheet is for reviewers (the direct superior, the inspectorate) and is not part of "
        "the signed IKI form."
    ),
    "review_link": "Review sheet",
    "form_link": "IKI form",
    "finding_other": "other finding ({code})",
    "banner_title": "Note",
    "banner_source": "Realisations are read from {folder}, not from the office's data/realisasi.",
    "generated": "Made with iki from data/positions/ and the realisations in {folder}.",
    "back_to_office": "Back to the office report",
    "office_title": "Performance Report",
    "office_positions": "Achievement by position",
    "col_position": "Position",
    "col_holder": "Holder",
    "col_indicators": "Indicators",
    "col_with_data": "With data",
    "col_with_target": "With target",
    "col_with_realisation": "With realisation",
    "col_computable": "Computable",
    "total": "Total",
    "office_tree": "Performance tree",
    "tree_intro": (
        "Positions from the head of office down, coloured by the grade of their achievement; "
        "white: no achievement yet."
    ),
    "tree_no_achievement": "no achievement yet",
    "tree_indicators": "{total} indicators, {n} with data",
    "tree_unplaced": "Outside the tree",
    "office_chart": "Achievement by indicator",
    "chart_intro": "Indicators whose achievement can be computed; dashed line: 100 %.",
    "chart_none": "No indicator's achievement can be computed yet.",
    "chart_left_out": "Not shown: {parts}.",
    "legend": "Grade",
    "office_coverage": "Data coverage",
    "coverage_intro": (
        "By position: indicators with a target for the period, with a realisation, and whose "
        "achievement can be computed."
    ),
    "office_findings": "Findings",
    "findings_summary": "{errors} errors, {warnings} warnings in {files} files.",
    "findings_by_code": "By code",
    "findings_by_file": "By file",
    "office_findings_none": "iki validate found nothing.",
}

FINDINGS_ID: Mapping[str, str] = MappingProxyType(
    {
        "Q001": "abaikan menyebut kode aturan yang tidak ada",
        "Q002": "abaikan mengecualikan temuan yang tidak ada",
        "Q101": "indikator tidak menyebut besaran yang diukur",
        "Q102": "indikator ditulis sebagai target",
        "Q103": "penjelasan ditulis sebagai target",
        "Q104": "satu indikator mengukur lebih dari satu besaran",
        "Q105": "sasaran mengulang bunyi indikator",
        "Q106": "indikator belum bersatuan",
        "Q107": "indikator belum menyebut sumber data",
        "Q108": "indikator belum bertarget untuk tahun ini",
        "Q109": "indikator persentase tanpa rumus",
        "Q110": "rumus hanya tertulis dalam kalimat",
        "Q111": "pembilang dan penyebut berbeda satuan",
        "Q112": "pembilang dan penyebut tampak tertukar",
        "Q113": "rumus persentase tidak dikali 100",
        "Q114": "indikator yang sama di dua jabatan tidak dikaitkan",
        "C001": "lebih dari satu jabatan tanpa atasan",
        "C002": "atasan berputar (melingkar)",
        "C003": "jabatan di luar pohon kinerja",
        "C011": "mendukung indikator jabatan yang bukan atasannya",
        "C012": "mendukung melompati satu tingkat",
        "C013": "indikator belum diturunkan ke bawahan",
        "C014": "indikator tidak mendukung atasan",
        "C015": "baris penunjang yang juga mendukung atasan",
        "C021": "target atasan tidak sama dengan jumlah target bawahan",
        # the other codes by their family
        "Y": "penulisan berkas YAML",
        "S": "isian berkas tidak sesuai format",
        "R": "rujukan ke jabatan atau indikator yang tidak ada",
        "F": "rumus yang tidak dapat dihitung",
        "A": "isian berkas realisasi",
    }
)
"""What each finding means, in the office report's Indonesian: the rule names
(`indicator.no_source`) are for the people who maintain `iki`, not for its readers. A code
without an entry of its own takes its family's (`Y`, `S`, `R`, `F`, `A`), else "temuan lain
(KODE)"."""

# The Perjanjian Kinerja, its rencana aksi and the quarterly report (iki report --kind pk,
# --kind triwulan). The statement of the PK is the wording of the form of PermenPAN-RB 53/2014
# as offices use it (docs/sumber-sakip.md).
_ID |= {
    "pk_title": "Perjanjian Kinerja Tahun {year}",
    "pk_opening": (
        "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
        "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
    ),
    "pk_name": "Nama",
    "pk_position": "Jabatan",
    "pk_first_is": "selanjutnya disebut pihak pertama.",
    "pk_second_is": "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "pk_promise_first": (
        "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
        "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
        "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target "
        "kinerja tersebut menjadi tanggung jawab kami."
    ),
    "pk_promise_second": (
        "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
        "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
        "dalam rangka pemberian penghargaan dan sanksi."
    ),
    "pk_party_first": "Pihak Pertama",
    "pk_party_second": "Pihak Kedua",
    "pk_head_of_government": "Kepala Daerah",
    "pk_annex": "Lampiran Perjanjian Kinerja Tahun {year}",
    "pk_col_iku": "Mendukung IKU Renstra",
    "pk_plan_title": "Rencana Aksi Tahun {year}",
    "pk_plan_intro": "Target kumulatif sampai dengan akhir tiap triwulan.",
    "pk_col_year_target": "Target Tahunan",
    "pk_not_broken_down": "belum dirinci",
    "pk_index_title": "Perjanjian Kinerja Tahun {year}",
    "pk_index_intro": (
        "Perjanjian Kinerja setiap jabatan struktural. Pejabat fungsional dan pelaksana "
        "menyusun SKP, tidak menandatangani Perjanjian Kinerja."
    ),
    "quarter_1": "TW I",
    "quarter_2": "TW II",
    "quarter_3": "TW III",
    "quarter_4": "TW IV",
    "tw_title": "Laporan Capaian Kinerja Triwulan {roman} Tahun {year}",
    "tw_index_intro": "Capaian kinerja setiap jabatan sampai dengan akhir {period}.",
    "tw_col_target_to": "Target s.d. {quarter}",
    "tw_col_realisation_to": "Realisasi s.d. {quarter}",
    "tw_col_previous": "Realisasi {year} s.d. {quarter}",
    "tw_col_trend": "Tren",
    "tw_col_renstra": "Target Renstra",
    "tw_col_obstacles": "Kendala",
    "tw_col_actions": "Upaya / Tindak Lanjut",
    "tw_no_previous_file": "tidak ada berkas {year}",
    "tw_renstra_target": "{year}: {target}; akhir {end}: {end_target}",
    "tw_not_in_renstra": "bukan IKU",
    "tw_no_renstra": "belum ada Renstra (data/renstra.yaml)",
    "tw_previous_file": "Realisasi {year} dibaca dari {file}.",
    "tw_no_previous": "Tidak ada berkas realisasi {year} untuk jabatan ini.",
    "trend_membaik": "membaik",
    "trend_menurun": "menurun",
    "trend_tetap": "tetap",
    "trend_tanpa-pembanding": "tanpa pembanding",
}
_EN |= {
    "pk_title": "Performance Agreement {year}",
    "pk_opening": (
        "To achieve effective, transparent, accountable and result-oriented government "
        "management, we the undersigned:"
    ),
    "pk_name": "Name",
    "pk_position": "Position",
    "pk_first_is": "hereinafter the first party.",
    "pk_second_is": "as the first party's superior, hereinafter the second party.",
    "pk_promise_first": (
        "The first party undertakes to achieve the performance targets in the annex to this "
        "agreement, towards the medium-term targets set in the planning documents. Success and "
        "failure in reaching these targets are our responsibility."
    ),
    "pk_promise_second": (
        "The second party will provide the supervision needed, evaluate the achievement of this "
        "agreement and take the action needed for rewards and sanctions."
    ),
    "pk_party_first": "First party",
    "pk_party_second": "Second party",
    "pk_head_of_government": "Head of the regional government",
    "pk_annex": "Annex to the Performance Agreement {year}",
    "pk_col_iku": "Supports Renstra IKU",
    "pk_plan_title": "Action plan {year}",
    "pk_plan_intro": "Cumulative targets to the end of each quarter.",
    "pk_col_year_target": "Annual target",
    "pk_not_broken_down": "not broken down",
    "pk_index_title": "Performance Agreements {year}",
    "pk_index_intro": (
        "The Performance Agreement of every structural position. Functional and administrative "
        "staff have an SKP instead."
    ),
    "quarter_1": "Q1",
    "quarter_2": "Q2",
    "quarter_3": "Q3",
    "quarter_4": "Q4",
    "tw_title": "Quarterly performance report, Q{number} {year}",
    "tw_index_intro": "Achievement of every position to the end of {period}.",
    "tw_col_target_to": "Target to {quarter}",
    "tw_col_realisation_to": "Realisation to {quarter}",
    "tw_col_previous": "Realisation {year} to {quarter}",
    "tw_col_trend": "Trend",
    "tw_col_renstra": "Renstra target",
    "tw_col_obstacles": "Obstacles",
    "tw_col_actions": "Actions / follow-up",
    "tw_no_previous_file": "no {year} file",
    "tw_renstra_target": "{year}: {target}; end {end}: {end_target}",
    "tw_not_in_renstra": "not an IKU",
    "tw_no_renstra": "no Renstra yet (data/renstra.yaml)",
    "tw_previous_file": "Realisations of {year} read from {file}.",
    "tw_no_previous": "No realisation file of {year} for this position.",
    "trend_membaik": "better",
    "trend_menurun": "worse",
    "trend_tetap": "unchanged",
    "trend_tanpa-pembanding": "nothing to compare",
}

# The terminal views (iki achievement, iki tree) and the workbooks (iki xlsx export,
# iki achievement --format xlsx).
_ID |= {
    "achievement_heading": "Capaian kinerja {period}",
    "limit_floor": "paling rendah {value}",
    "limit_cap": "paling tinggi {value}",
    "limits": "Capaian dibatasi {limits}.",
    "limits_and": " dan ",
    "col_state": "Keadaan",
    "col_indicator_short": "Indikator",
    "comparison_title": "Perbandingan {now} dengan {then}",
    "col_realisation_year": "Realisasi {year}",
    "col_achievement_year": "Capaian {year}",
    "col_trend": "Tren",
    "tree_title": "Pohon kinerja {organisation} — {period}",
    "tree_no_head": "(tidak ada Kepala Dinas: tidak ada jabatan tanpa atasan)",
    "tree_outside": "Di luar pohon (lihat iki validate):",
    "tree_superior": "atasan: {superior}",
    "tree_capaian": "capaian {value}",
    "tree_skip": "melompati {superior}",
    "tree_target": "target {period}: {target}",
    "tree_mark_uncascaded": "belum diturunkan",
    "tree_mark_orphan": "tidak mendukung atasan",
    "tree_mark_supporting_work": "penunjang",
    "tree_count_positions": "{n} jabatan ({placed} dalam pohon)",
    "tree_count_indicators": "{n} indikator",
    "tree_count_uncascaded": "{n} belum diturunkan",
    "tree_count_orphans": "{n} tidak mendukung atasan",
    "tree_count_supporting_work": "{n} penunjang",
    "xlsx_entry_header": "Isian target dan realisasi IKI {year}",
    "xlsx_readable_title": "Indikator Kinerja Individu {year}: {title}",
    "xlsx_holder": "Pemangku: {holder}",
    "xlsx_readable_columns": "No|Indikator kinerja|Isian|Satuan|Target {year}",
    "xlsx_achievement_sheet": "Capaian",
    "xlsx_achievement_title": "Capaian kinerja {organisation}, s.d. {period}",
    "xlsx_achievement_columns": (
        "posisi|jabatan|indikator|uraian indikator|satuan|target|realisasi|capaian (%)|"
        "predikat|keadaan"
    ),
    "xlsx_position_mean": "Rata-rata jabatan",
    "xlsx_prompt_angka": "Isi dengan angka, misalnya 1500, 1.500 atau 12,5.",
    "xlsx_prompt_unsur": "Nilai rata-rata unsur survei IKM: angka 1 sampai 4.",
    "xlsx_prompt_responden": "Jumlah responden: bilangan bulat.",
    "xlsx_not_a_number": "Bukan angka",
    "xlsx_number_entry": "Isian angka",
    "xlsx_office": "Capaian kantor (indikator Kepala Dinas)",
}
_EN |= {
    "achievement_heading": "Performance achievement {period}",
    "limit_floor": "at least {value}",
    "limit_cap": "at most {value}",
    "limits": "Achievement is limited to {limits}.",
    "limits_and": " and ",
    "col_state": "State",
    "col_indicator_short": "Indicator",
    "comparison_title": "{now} compared with {then}",
    "col_realisation_year": "Realisation {year}",
    "col_achievement_year": "Achievement {year}",
    "col_trend": "Trend",
    "tree_title": "Performance tree {organisation} — {period}",
    "tree_no_head": "(no head of office: no position without a superior)",
    "tree_outside": "Outside the tree (see iki validate):",
    "tree_superior": "superior: {superior}",
    "tree_capaian": "achievement {value}",
    "tree_skip": "skips {superior}",
    "tree_target": "target {period}: {target}",
    "tree_mark_uncascaded": "not cascaded",
    "tree_mark_orphan": "supports no superior",
    "tree_mark_supporting_work": "supporting work",
    "tree_count_positions": "{n} positions ({placed} in the tree)",
    "tree_count_indicators": "{n} indicators",
    "tree_count_uncascaded": "{n} not cascaded",
    "tree_count_orphans": "{n} supporting no superior",
    "tree_count_supporting_work": "{n} supporting work",
    "xlsx_entry_header": "IKI targets and realisations to fill in, {year}",
    "xlsx_readable_title": "Individual Performance Indicators {year}: {title}",
    "xlsx_holder": "Holder: {holder}",
    "xlsx_readable_columns": "No|Performance indicator|Entry|Unit|Target {year}",
    "xlsx_achievement_sheet": "Achievement",
    "xlsx_achievement_title": "Performance achievement {organisation}, to {period}",
    "xlsx_achievement_columns": (
        "position|title|indicator|indicator description|unit|target|realisation|"
        "achievement (%)|grade|state"
    ),
    "xlsx_position_mean": "Position mean",
    "xlsx_prompt_angka": (
        "Write a number, for example 1500 (an Indonesian 1.500 or 12,5 is read too)."
    ),
    "xlsx_prompt_unsur": "Mean value of an IKM survey element: a number from 1 to 4.",
    "xlsx_prompt_responden": "Number of respondents: a whole number.",
    "xlsx_not_a_number": "Not a number",
    "xlsx_number_entry": "Number",
    "xlsx_office": "Office achievement (the head of office's indicators)",
}

LABELS: Mapping[Language, Mapping[str, str]] = MappingProxyType(
    {Language.ID: MappingProxyType(_ID), Language.EN: MappingProxyType(_EN)}
)
