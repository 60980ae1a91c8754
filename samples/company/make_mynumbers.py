#!/usr/bin/env python3
"""Writes the sample company's My Number collection (mynumbers.csv) and one long-gone leaver
(former_employees.csv, for the demo's purge). The numbers are SYNTHETIC test values: 11-digit
base "0000" + 社員番号 + 2-digit 連番 (00 = the employee) + "0", then the 個人番号 check digit
(総務省令第85号 第5条). The leading zeros and embedded 社員番号 make them obviously made up;
they are never a real person's. Run from this directory."""


def my_number(base11):
    # check = 11 - (Σ P_n×Q_n mod 11), 0 when the remainder is 0 or 1; P_n from the right,
    # Q_n = n+1 (n<=6), n-5 (7<=n<=11)
    s = sum(int(base11[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    return base11 + str(0 if r <= 1 else 11 - r)


def synthetic(code, seq=0):
    return my_number(f"0000{code}{seq:02d}0")


BOM = "\ufeff"
HEADER = "対象者,個人番号,利用目的,本人確認方法,番号確認書類,身元確認書類,確認者,確認日,扶養親族の確認者,代理権確認書類"
rows = [HEADER]

employees = {  # 社員番号: (利用目的, 本人確認方法, 番号確認書類, 身元確認書類)
    "1001": ("gensen;shaho;koyo", "card", "", ""),
    "1002": ("gensen;shaho;koyo", "documents", "通知カード", "運転免許証"),
    "1003": ("gensen;shaho;koyo", "in-person", "住民票の写し(個人番号記載)", ""),
    "1004": ("gensen;shaho;koyo", "card", "", ""),
    "1005": ("gensen;shaho;koyo", "documents", "通知カード", "パスポート"),
    "1006": ("gensen;shaho;koyo", "card", "", ""),
    "1007": ("gensen;shaho;koyo", "card", "", ""),
    "1008": ("gensen;koyo", "documents", "住民票の写し(個人番号記載)", "運転免許証"),
    "1009": ("gensen", "card", "", ""),
    "1010": ("gensen;shaho;koyo", "card", "", ""),
    "1011": ("gensen;shaho", "in-person", "通知カード", ""),
    "1012": ("gensen;shaho;koyo", "card", "", ""),
    "0901": ("gensen;shaho;koyo", "documents", "通知カード", "運転免許証"),
}
for code, (purposes, check, numdoc, iddoc) in employees.items():
    on = "2015-12-01" if code == "0901" else "2026-01-05"
    rows.append(f"{code},{synthetic(code)},{purposes},{check},{numdoc},{iddoc},事務担当 田村,{on},,")

# dependents: spouses who are 健康保険の被扶養者 (国民年金第3号) are checked by the employer through
# the employee as 代理人; the others by the employee on the 扶養控除等申告書.
dependents = [
    ("1001", 1, "gensen;shaho", "employer-proxy"), ("1001", 2, "gensen", "employee"), ("1001", 3, "gensen", "employee"),
    ("1002", 1, "gensen", "employee"), ("1002", 2, "gensen", "employee"),
    ("1003", 1, "gensen;shaho", "employer-proxy"), ("1003", 2, "gensen", "employee"), ("1003", 3, "gensen", "employee"),
    ("1003", 4, "gensen", "employee"), ("1005", 1, "gensen", "employee"), ("1011", 1, "gensen", "employee"),
]
for code, seq, purposes, who in dependents:
    if who == "employer-proxy":
        rows.append(f"{code}:{seq},{synthetic(code, seq)},{purposes},documents,通知カード(本人),運転免許証(代理人),"
                    f"事務担当 田村,2026-01-05,employer-proxy,委任状")
    else:
        rows.append(f"{code}:{seq},{synthetic(code, seq)},{purposes},documents,通知カード,,従業員 {code},2026-01-05,employee,")

with open("mynumbers.csv", "w", encoding="utf-8", newline="\r\n") as f:
    f.write(BOM + "\n".join(rows) + "\n")

EMP_HEADER = ("事業所コード,社員番号,氏,名,フリガナ(氏),フリガナ(名),生年月日,性別,郵便番号,住所,市区町村コード,入社日,"
              "退職日,税額表区分(甲/乙),雇用形態,基礎年金番号,雇用保険被保険者番号,健康保険被保険者整理番号,社会保険加入,"
              "雇用保険加入,障害者区分,寡婦・ひとり親,勤労学生,居住区分,備考")
former = [EMP_HEADER,
          "SAKURA,0901,森,和夫,モリ,カズオ,1950-06-01,男,101-0047,東京都千代田区内神田九丁目1番1号,131016,2008-04-01,"
          "2016-03-31,甲,一般,1001-000901,5001-000901-1,90,はい,はい,なし,なし,いいえ,居住者,"
          "2016年3月31日退職(個人番号の保存期間が過ぎた退職者: デモで削除)"]
with open("former_employees.csv", "w", encoding="utf-8", newline="\r\n") as f:
    f.write(BOM + "\n".join(former) + "\n")
