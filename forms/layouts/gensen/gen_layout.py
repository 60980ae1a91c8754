#!/usr/bin/env python3
"""Writes forms/layouts/gensen/2025.xml: the 令和7年分以降 給与所得の源泉徴収票 (A6 landscape,
148 x 105 mm). The XML is the data the renderer reads; this script only saves typing when the
grid is re-drawn. Box order and wording: shared/reference/filing-formats.md §3.2 (令和7年分 layout:
控除対象扶養親族「等」の数 with 特親, 特定親族特別控除の額)."""
import sys

out = []
def e(s): out.append("  " + s)
def box(x, y, w, h, width=0.3): e(f'<box x="{x:g}" y="{y:g}" w="{w:g}" h="{h:g}" width="{width:g}"/>')
def hline(x1, x2, y, width=0.2): e(f'<line x1="{x1:g}" y1="{y:g}" x2="{x2:g}" y2="{y:g}" width="{width:g}"/>')
def vline(x, y1, y2, width=0.2): e(f'<line x1="{x:g}" y1="{y1:g}" x2="{x:g}" y2="{y2:g}" width="{width:g}"/>')
def label(x, y, t, size=4, align="left", vertical=False):
    v = ' vertical="true"' if vertical else ''
    a = f' align="{align}"' if align != "left" else ''
    e(f'<label x="{x:g}" y="{y:g}" size="{size:g}"{a}{v}>{t}</label>')
def text(x, y, field, size=5.5, align="left", w=None):
    a = f' align="{align}"' if align != "left" else ''
    ww = f' w="{w:g}"' if w else ''
    e(f'<text x="{x:g}" y="{y:g}" size="{size:g}" field="{field}"{a}{ww}/>')
def yen(field, y, split, right, size=6.5): e(f'<yen field="{field}" y="{y:g}" split="{split:g}" right="{right:g}" size="{size:g}"/>')
def check(x, y, field, size=5): e(f'<check x="{x:g}" y="{y:g}" size="{size:g}" field="{field}"/>')
def mynumber(x, y, slot, size=5): e(f'<mynumber x="{x:g}" y="{y:g}" size="{size:g}" slot="{slot}"/>')

def money_cell(x1, x2, ytop, ybot, field, inner=None, size=6.5, marks=True):
    """A 千|円 amount cell: dotted split 10 mm left of the right edge."""
    split, right = x2 - 9, x2 - 0.8
    vline(split, ytop, ybot, 0.1)
    if marks:
        label(split + 0.3, ytop + 1.4, "千", 3)
        label(x2 - 0.4, ytop + 1.4, "円", 3, "right")
    if inner:
        label(x1 + 0.6, ytop + 1.4, "内", 3)
        yen(inner, ytop + 1.5, x1 + 14, x1 + 14, 3.5)
    yen(field, ybot - 0.9, split - 0.6, right, size)

L, R = 4, 144
# ---------------------------------------------------------------- title
text(45, 5, "year", 8, "right")
label(46, 5, "年分", 8)
text(57, 5, "title", 9, w=60)
text(R, 5, "copy", 5, "right")
box(L, 6.5, R - L, 95, 0.5)
# ---------------------------------------------------------------- 支払を受ける者 6.5–19.5
vline(8, 6.5, 19.5); label(6, 8.6, "支払を受ける者", 3.2, vertical=True)
label(9, 8.8, "住所又は居所", 3.5)
text(10, 11.8, "postal_code", 4.5)
text(10, 15.5, "address", 6, w=67)
vline(78, 6.5, 19.5)
hline(78, R, 10.5); hline(78, R, 14)
vline(103, 6.5, 14); vline(116, 6.5, 14)
label(79, 9.2, "(受給者番号)", 3.2); text(92, 9.5, "employee_code", 5)
label(104, 9.2, "(個人番号)", 3.2); mynumber(117, 9.6, "employee", 5.5)
label(79, 12.7, "(役職名)", 3.2); text(92, 13, "job_title", 5)
label(104, 12.7, "(フリガナ)", 3.2); text(117, 13, "kana", 4.5, w=26)
label(79, 17.5, "氏", 4); label(84, 17.5, "名", 4)
text(92, 18, "name", 9, w=50)
# ---------------------------------------------------------------- amounts 19.5–29.5
hline(L, R, 19.5, 0.3); hline(L, R, 23)
cols = [4, 24, 54, 84, 114, 144]
for x in cols[1:-1]: vline(x, 19.5, 29.5)
label(14, 22, "種　別", 4, "center")
label(39, 22, "支　払　金　額", 4, "center")
label(69, 21, "給与所得控除後の金額", 3.5, "center"); label(69, 22.6, "(調整控除後)", 3, "center")
label(99, 22, "所得控除の額の合計額", 3.5, "center")
label(129, 22, "源泉徴収税額", 4, "center")
text(14, 27.5, "kind", 5.5, "center")
money_cell(24, 54, 23, 29.5, "payment", "payment_inner", 7)
money_cell(54, 84, 23, 29.5, "employment_income", None, 7)
money_cell(84, 114, 23, 29.5, "total_deductions", None, 7)
money_cell(114, 144, 23, 29.5, "tax", "tax_inner", 7)
# ---------------------------------------------------------------- spouse / dependents 29.5–41
hline(L, R, 29.5, 0.3); hline(L, 22, 33); hline(42, 92, 33); hline(104, 128, 33); hline(L, R, 36)
for x in (22, 42, 92, 104, 128): vline(x, 29.5, 41)
label(13, 31.3, "(源泉・特別)控除対象", 3, "center"); label(13, 32.7, "配偶者の有無等", 3, "center")
for x1, x2, t, f in ((4, 10, "有", "spouse_present"), (10, 16, "従有", "spouse_otsu"), (16, 22, "老人", "spouse_elderly")):
    if x1 > 4: vline(x1, 33, 41)
    label((x1 + x2) / 2, 35, t, 3.2, "center"); check((x1 + x2) / 2, 39.5, f)
label(32, 32, "配偶者(特別)", 3.5, "center"); label(32, 34.5, "控除の額", 3.5, "center")
money_cell(22, 42, 36, 41, "spouse_deduction", None, 6)
label(67, 31.8, "控除対象扶養親族等の数", 3.5, "center"); label(67, 32.9, "(配偶者を除く。)", 2.6, "center")
# 特親 has 人 and 従人 like the others (official e-Tax XMLスキーマ HSZ062-006.xsd, 給与所得の源泉徴収票
# version 6.0: DIL00120 特親 = DIL00130 人, DIL00140 従人); the nine cells share 42–92 mm.
groups = [(42, 53, "特定", [("人", "specific"), ("従人", "specific_otsu")]),
          (53, 69.5, "老人", [("内", "elderly_inner"), ("人", "elderly"), ("従人", "elderly_otsu")]),
          (69.5, 80.5, "その他", [("人", "other"), ("従人", "other_otsu")]),
          (80.5, 92, "特親", [("人", "specific_relatives"), ("従人", "specific_relatives_otsu")])]
for gx1, gx2, t, subs in groups:
    if gx1 > 42: vline(gx1, 33, 41)
    label((gx1 + gx2) / 2, 35, t, 3.2, "center")
    w = (gx2 - gx1) / len(subs)
    for i, (unit, f) in enumerate(subs):
        x1 = gx1 + i * w
        if i: vline(x1, 36, 41, 0.1)
        label(x1 + w - 0.3, 37.3, unit, 2.6, "right")
        text(x1 + w / 2, 40, f, 5.5, "center")
label(98, 31.5, "16歳未満", 3.2, "center"); label(98, 33, "扶養親族", 3.2, "center"); label(98, 34.5, "の数", 3.2, "center")
label(103.7, 37.3, "人", 2.6, "right"); text(98, 40, "under16", 5.5, "center")
label(116, 32, "障害者の数(本人を除く。)", 3, "center")
vline(120, 33, 41)
label(112, 35, "特別", 3.2, "center"); label(124, 35, "その他", 3.2, "center")
vline(112, 36, 41, 0.1)
label(107, 37.3, "内", 2.6); text(108, 40, "disabled_special_inner", 5.5, "center")
label(119.7, 37.3, "人", 2.6, "right"); text(116, 40, "disabled_special", 5.5, "center")
label(127.7, 37.3, "人", 2.6, "right"); text(124, 40, "disabled_other", 5.5, "center")
label(136, 31.5, "非居住者", 3.2, "center"); label(136, 33, "である", 3.2, "center"); label(136, 34.5, "親族の数", 3.2, "center")
label(143.7, 37.3, "人", 2.6, "right"); text(136, 40, "non_resident", 5.5, "center")
# ---------------------------------------------------------------- insurance 41–47.5
hline(L, R, 41, 0.3); hline(L, R, 43.4)
for x in (40, 74, 108): vline(x, 41, 47.5)
label(22, 42.8, "社会保険料等の金額", 3.5, "center")
label(57, 42.8, "生命保険料の控除額", 3.5, "center")
label(91, 42.8, "地震保険料の控除額", 3.5, "center")
label(126, 42.8, "住宅借入金等特別控除の額", 3.5, "center")
money_cell(4, 40, 43.4, 47.5, "social_insurance", "social_insurance_inner", 6)
money_cell(40, 74, 43.4, 47.5, "life_insurance", None, 6)
money_cell(74, 108, 43.4, 47.5, "earthquake_insurance", None, 6)
money_cell(108, 144, 43.4, 47.5, "housing_credit", None, 6)
# ---------------------------------------------------------------- 摘要 47.5–56
hline(L, R, 47.5, 0.3)
label(5, 49.5, "(摘要)", 3.5)
e('<tekiyo x="14" y="48.7" w="129" row="2.3" rows="3" size="4.1"/>')
# ---------------------------------------------------------------- 生命保険料の金額の内訳 56–60
hline(L, R, 56, 0.3)
vline(20, 56, 86.5)
label(12, 57.7, "生命保険料の", 3, "center"); label(12, 59.3, "金額の内訳", 3, "center")
segs = [("新生命保険料", "の金額", "life_new"), ("旧生命保険料", "の金額", "life_old"), ("介護医療保", "険料の金額", "life_care"),
        ("新個人年金", "保険料の金額", "pension_new"), ("旧個人年金", "保険料の金額", "pension_old")]
w = (144 - 20) / 5
for i, (a, b, f) in enumerate(segs):
    x1 = 20 + i * w
    if i: vline(x1, 56, 60)
    vline(x1 + 10, 56, 60, 0.1)
    label(x1 + 0.5, 57.6, a, 2.5); label(x1 + 0.5, 59.3, b, 2.5)
    label(x1 + w - 0.4, 57.4, "円", 2.6, "right")
    yen(f, 59.5, x1 + w - 0.6, x1 + w - 0.6, 5)
# ---------------------------------------------------------------- 住宅借入金等特別控除の額の内訳 60–67
hline(L, R, 60, 0.3); hline(20, R, 63.5)
label(12, 61.7, "住宅借入金等", 3, "center"); label(12, 63.3, "特別控除の額", 3, "center"); label(12, 64.9, "の内訳", 3, "center")
for x in (44, 92, 118): vline(x, 60, 67)
for row, (y1, n) in enumerate(((60, "1"), (63.5, "2"))):
    yb = y1 + 3.0
    if row == 0:
        label(20.5, y1 + 1.4, "住宅借入金等特別", 2.5); label(20.5, y1 + 3.0, "控除適用数", 2.5)
        text(43, yb, "housing_count", 5, "right")
    else:
        label(20.5, y1 + 1.4, "住宅借入金等特別", 2.5); label(20.5, y1 + 3.0, "控除可能額", 2.5)
        label(43.7, y1 + 1.3, "円", 2.6, "right"); yen("housing_possible", yb, 43, 43, 5)
    label(44.5, y1 + 1.4, "居住開始年月日", 2.5); label(44.5, y1 + 3.0, f"({n}回目)", 2.5)
    for j, (u, k) in enumerate((("年", "y"), ("月", "m"), ("日", "d"))):
        x2 = 68 + (j + 1) * 8
        vline(x2 - 8, y1, y1 + 3.5, 0.1)
        label(x2 - 0.3, y1 + 1.3, u, 2.6, "right")
        text(x2 - 1.2, yb, f"housing_start{n}_{k}", 5, "right")
    label(92.5, y1 + 1.4, "住宅借入金等特別", 2.5); label(92.5, y1 + 3.0, f"控除区分({n}回目)", 2.5)
    text(113, yb, f"housing_kubun{n}", 5, "center")
    label(118.5, y1 + 1.4, "住宅借入金等", 2.5); label(118.5, y1 + 3.0, f"年末残高({n}回目)", 2.5)
    label(143.7, y1 + 1.3, "円", 2.6, "right"); yen(f"housing_balance{n}", yb, 143, 143, 5)
# ---------------------------------------------------------------- 控除対象配偶者 67–72.5
hline(L, R, 67, 0.3)
label(12, 69, "(源泉・特別)", 3, "center"); label(12, 70.8, "控除対象配偶者", 3, "center")
for x in (54, 59, 82, 97, 112, 127): vline(x, 67, 72.5)
label(20.5, 68.4, "(フリガナ)", 2.5); text(30, 68.6, "spouse_kana", 3.5, w=23)
label(20.5, 71.4, "氏名", 2.5); text(26, 71.6, "spouse_name", 5.5, w=27)
label(54.4, 68.4, "区分", 2.5); text(56.5, 71.5, "spouse_kubun", 4.5, "center")
label(59.4, 68.4, "個人番号", 2.5); mynumber(60.5, 71.7, "spouse", 5)
for x1, a, b, f in ((82, "配偶者の", "合計所得", "spouse_income"), (97, "国民年金保険", "料等の金額", "national_pension"),
                    (112, "旧長期損害", "保険料の金額", "old_long_term"), (127, "基礎控除の額", "", "basic_deduction")):
    label(x1 + 0.4, 68.4, a, 2.5)
    if b: label(x1 + 0.4, 69.8, b, 2.5)
    x2 = x1 + (15 if x1 < 127 else 17)
    label(x2 - 0.4, 68.4, "円", 2.6, "right")
    yen(f, 71.7, x2 - 0.6, x2 - 0.6, 5)
# ---------------------------------------------------------------- 扶養親族 1–4 / 16歳未満 1–4 72.5–86.5
hline(L, R, 72.5, 0.3)
vline(8, 72.5, 86.5); vline(76, 72.5, 86.5, 0.3); vline(80, 72.5, 86.5); vline(128, 72.5, 86.5, 0.3)
label(6, 73.6, "控除対象扶養親族", 2.9, vertical=True)
label(78, 73.6, "16歳未満の扶養親族", 2.35, vertical=True)
for i in range(4):
    y1 = 72.5 + i * 3.5
    if i: hline(8, 128, y1, 0.2)
    n = i + 1
    # left: 控除対象扶養親族
    vline(10.5, y1, y1 + 3.5, 0.1); label(9.2, y1 + 2.6, str(n), 3)
    text(11, y1 + 1.3, f"dependent{n}_kana", 2.8, w=32)
    text(11, y1 + 3.2, f"dependent{n}_name", 4.5, w=32)
    vline(44, y1, y1 + 3.5, 0.1); text(46, y1 + 2.8, f"dependent{n}_kubun", 3.5, "center")
    vline(48, y1, y1 + 3.5, 0.1); mynumber(50, y1 + 3.0, f"dependent{n}", 4.5)
    # right: 16歳未満の扶養親族
    vline(82.5, y1, y1 + 3.5, 0.1); label(81.2, y1 + 2.6, str(n), 3)
    text(83, y1 + 1.3, f"minor{n}_kana", 2.8, w=22)
    text(83, y1 + 3.2, f"minor{n}_name", 4.5, w=22)
    vline(106, y1, y1 + 3.5, 0.1); text(108, y1 + 2.8, f"minor{n}_kubun", 3.5, "center")
    vline(110, y1, y1 + 3.5, 0.1); mynumber(110.5, y1 + 3.0, f"minor{n}", 3.8)
hline(128, R, 79.5)
label(128.4, 74, "所得金額調", 2.5); label(128.4, 75.4, "整控除額", 2.5); label(143.7, 74, "円", 2.6, "right")
yen("income_adjustment", 78.6, 143.4, 143.4, 5)
label(128.4, 81, "特定親族特別", 2.5); label(128.4, 82.4, "控除の額", 2.5); label(143.7, 81, "円", 2.6, "right")
yen("specific_relative_deduction", 85.6, 143.4, 143.4, 5)
# ---------------------------------------------------------------- check boxes, 中途就・退職, 生年月日 86.5–92.5
hline(L, R, 86.5, 0.3); hline(L, R, 89)
simple = [(4, 13, "未成年者", "minor"), (13, 22, "外国人", "foreigner"), (22, 31, "死亡退職", "death_retirement"),
          (31, 40, "災害者", "disaster"), (40, 49, "乙欄", "otsu")]
for x1, x2, t, f in simple:
    if x1 > 4: vline(x1, 86.5, 92.5)
    label((x1 + x2) / 2, 88.3, t, 3, "center"); check((x1 + x2) / 2, 91.7, f)
vline(49, 86.5, 92.5); label(57, 88.3, "本人が障害者", 3, "center")
vline(57, 89, 92.5, 0.1)
label(49.4, 90.1, "特別", 2.4); check(53, 91.9, "self_special")
label(57.4, 90.1, "その他", 2.4); check(61, 91.9, "self_other")
for x1, x2, t, f in ((65, 73, "寡婦", "widow"), (73, 81, "ひとり親", "single_parent"), (81, 90, "勤労学生", "working_student")):
    vline(x1, 86.5, 92.5)
    label((x1 + x2) / 2, 88.3, t, 3, "center"); check((x1 + x2) / 2, 91.7, f)
vline(90, 86.5, 92.5); label(106, 88.3, "中途就・退職", 3, "center")
for x1, t, f in ((90, "就職", "hired"), (95, "退職", "left")):
    vline(x1, 89, 92.5, 0.1); label(x1 + 0.3, 90.1, t, 2.4); check(x1 + 2.5, 92, f, 4)
for j, (u, k) in enumerate((("年", "y"), ("月", "m"), ("日", "d"))):
    x1 = 100 + j * 22 / 3
    vline(x1, 89, 92.5, 0.1); label(x1 + 22 / 3 - 0.3, 90.1, u, 2.4, "right")
    text(x1 + 22 / 3 - 1.6, 92, f"change_{k}", 4.5, "right")
vline(122, 86.5, 92.5); label(133, 88.3, "受給者生年月日", 3, "center")
vline(128, 89, 92.5, 0.1); label(122.3, 90.1, "元号", 2.4); text(125, 92, "birth_era", 3.8, "center")
for j, (u, k) in enumerate((("年", "y"), ("月", "m"), ("日", "d"))):
    x1 = 128 + j * 16 / 3
    if j: vline(x1, 89, 92.5, 0.1)
    label(x1 + 16 / 3 - 0.3, 90.1, u, 2.4, "right")
    text(x1 + 16 / 3 - 1.6, 92, f"birth_{k}", 4.5, "right")
# ---------------------------------------------------------------- 支払者 92.5–101.5
hline(L, R, 92.5, 0.3); vline(9, 92.5, 101.5); hline(9, R, 97)
label(6.5, 94.3, "支払者", 3.2, vertical=True)
vline(27, 92.5, 101.5); vline(60, 92.5, 97); vline(76, 92.5, 97)
label(9.5, 94.4, "個人番号又は", 2.8); label(9.5, 96.2, "法人番号", 2.8)
label(28, 94.0, "(右詰めで記載してください。)", 2.2)
e('<payernumber x="59" y="96.3" size="5"/>')
label(60.5, 94.4, "住所(居所)", 2.8); label(60.5, 96.2, "又は所在地", 2.8)
text(77, 95.9, "payer_address", 4.8, w=66)
label(9.5, 99.8, "氏名又は名称", 2.8)
text(28, 100.3, "payer_name", 6, w=80)
vline(110, 97, 101.5, 0.1); label(111, 99.8, "(電話)", 2.8); text(119, 100.2, "payer_phone", 4.8)
label(4, 103.8, "(用紙　日本産業規格A6)", 2.4)

sys.stdout.write('<?xml version="1.0" encoding="UTF-8"?>\n'
  '<!-- 令和7年分以降 給与所得の源泉徴収票 (給与支払報告書 個人別明細書 shares the form): A6 landscape,\n'
  '     positions in mm. Written by gen_layout.py; edit either. Format: gensen-layout.xsd. Never a\n'
  '     number in a field: 個人番号 cells are <mynumber> slots filled through the vault. -->\n'
  '<gensen-layout xmlns="urn:kyuyo:forms:gensen:1" year="2025" width="148" height="105"\n'
  '  source="所得税法施行規則 別表第六(一) 給与所得の源泉徴収票 (令和7年分以降用; 特親・特定親族特別控除の額 added:\n'
  '  nta.go.jp/publication/pamph/hotei/tebikihtml/1-3.htm); box list: shared/reference/filing-formats.md §3.2;\n'
  '  特親 人/従人: e-Tax XMLスキーマ HSZ062-006.xsd (様式 version 6.0) DIL00130/DIL00140. Geometry not checked\n'
  '  against the official form PDF (not reachable here): docs/etax.md">\n')
sys.stdout.write("\n".join(out) + "\n</gensen-layout>\n")
