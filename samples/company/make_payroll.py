#!/usr/bin/env python3
"""Writes the sample company's pay data for 2026 (payroll-2026.csv: 12 monthly rows per employee
in employment, plus the July and December bonuses) and its 住民税 特別徴収 notices
(resident-tax-2026.csv: 令和7年度 for January–May and 令和8年度 from June). Synthetic figures
for the employees of employees.csv; run it again after changing them."""
import calendar
import csv
import datetime
import pathlib

HERE = pathlib.Path(__file__).parent

# code: (hired YYYY-MM, left YYYY-MM or None, kind, fixed items, overtime by month index 0..11)
# kind: 'monthly' (月給: 支払基礎日数 = 暦日数) or 'hourly' (支払基礎日数 = 出勤日数)
EMP = {
    "1001": dict(base=350000, family_allowance=20000, commute_transit=12000, ot=[32000, 28000, 41000, 25000, 30000, 27000, 33000, 22000, 35000, 29000, 31000, 45000], rem=412000),
    "1002": dict(base=300000, position_allowance=30000, commute_car=10000, km="12.5", ot=[12000, 15000, 18000, 9000, 11000, 14000, 10000, 8000, 16000, 12000, 13000, 20000], savings=10000, rem=353000),
    "1003": dict(base=480000, position_allowance=50000, family_allowance=25000, commute_transit=18500, union_dues=3000, rem=573500),
    # 1004: 昇給 paid from July (基本給 120,000 → 150,000): 固定的賃金 changes in the July pay, the
    # July–September average 156,000 is 3 grades above 126,000 → 随時改定 (月額変更届) from October;
    # the declared 報酬月額 follows from the November pay (翌月徴収: premium month October).
    "1004": dict(base=120000, raise_from=(7, 150000), commute_transit=6000, rem=126000, rem_from=(11, 156000)),
    "1005": dict(base=260000, commute_transit=9800, ot=[0]*6 + [8000, 12000, 10000, 9000, 11000, 14000], rem=275000, from_month=7),
    "1006": dict(base=420000, commute_car=22000, km="30", ot=[20000, 18000, 25000, 15000, 17000, 19000, 21000, 16000, 12000, 0, 0, 0], rem=460000, to_month=9),
    "1007": dict(base=250000, commute_transit=8000, rem=258000),
    "1008": dict(hourly=1200, hours=[80, 76, 84, 80, 78, 82, 80, 72, 80, 82, 78, 84], commute_transit=5000),
    "1009": dict(hourly=1150, hours=[48, 40, 60, 52, 44, 50, 70, 80, 45, 50, 48, 56]),
    "1010": dict(base=150000, commute_transit=7000, rem=157000),
    "1011": dict(base=800000, in_kind=20000, rem=820000),
    "1012": dict(base=280000, commute_car=12000, parking=6000, km="8", ot=[8000, 6000, 10000, 7000, 5000, 9000, 8000, 6000, 7000, 9000, 8000, 12000], rem=300000),
}
BONUS = {
    "2026-07-10": {"1001": 700000, "1002": 600000, "1003": 1000000, "1006": 800000, "1007": 200000, "1010": 150000, "1012": 500000},
    "2026-12-10": {"1001": 750000, "1002": 620000, "1003": 1050000, "1005": 200000, "1007": 200000, "1010": 150000, "1012": 520000},
}
# 住民税 年税額 per 年度 (0 = 普通徴収 / none)
RESIDENT = {
    "1001": (186300, 192400), "1002": (151800, 158000), "1003": (356200, 361700), "1006": (231500, 240200),
    "1007": (98700, 101300), "1008": (0, 12300), "1010": (52100, 54000), "1011": (612400, 618800),
    "1012": (118900, 121700),
}
MUNI = {"131121": "世田谷区", "131041": "新宿区", "131156": "杉並区", "141330": "川崎市", "132098": "町田市",
        "111074": "さいたま市浦和区", "131016": "千代田区", "131202": "練馬区", "141097": "横浜市港北区", "121061": "千葉市美浜区"}
HEADER = ["社員番号", "区分", "対象年月", "支給日", "出勤日数", "有給休暇日数", "欠勤日数", "支払基礎日数", "報酬月額",
          "基本給", "時間外手当", "家族手当", "役職手当", "通勤手当(交通機関)", "通勤手当(交通用具)", "通勤距離(km)",
          "駐車場料金", "現物給与", "賞与", "財形貯蓄", "組合費"]


def payday(y, m, d=25):
    day = datetime.date(y, m, d)
    while day.weekday() >= 5:  # paid on the previous business day
        day -= datetime.timedelta(days=1)
    return day


def workdays(y, m):
    return sum(1 for d in range(1, calendar.monthrange(y, m)[1] + 1) if datetime.date(y, m, d).weekday() < 5)


def employees():
    with open(HERE / "employees.csv", encoding="utf-8-sig") as f:
        return {r["社員番号"]: r for r in csv.DictReader(f)}


def main():
    staff = employees()
    rows = []
    for code, e in EMP.items():
        for i, m in enumerate(range(1, 13)):
            if m < e.get("from_month", 1) or m > e.get("to_month", 12):
                continue
            wd = workdays(2026, m)
            leave = 1 if m in (5, 8) and "hourly" not in e else 0
            r = dict.fromkeys(HEADER, "")
            r.update({"社員番号": code, "区分": "給与", "対象年月": f"2026-{m:02d}", "支給日": payday(2026, m).isoformat()})
            if "hourly" in e:
                hours = e["hours"][i]
                days = hours // 4 if code == "1008" else hours // 5
                r.update({"出勤日数": days, "有給休暇日数": 0, "欠勤日数": 0, "支払基礎日数": days, "基本給": e["hourly"] * hours})
            else:
                base = e["raise_from"][1] if "raise_from" in e and m >= e["raise_from"][0] else e["base"]
                rem = e["rem_from"][1] if "rem_from" in e and m >= e["rem_from"][0] else e.get("rem", "")
                r.update({"出勤日数": wd - leave, "有給休暇日数": leave, "欠勤日数": 0,
                          "支払基礎日数": calendar.monthrange(2026, m)[1], "基本給": base, "報酬月額": rem})
                if "ot" in e:
                    r["時間外手当"] = e["ot"][i]
            for k, col in (("family_allowance", "家族手当"), ("position_allowance", "役職手当"),
                           ("commute_transit", "通勤手当(交通機関)"), ("commute_car", "通勤手当(交通用具)"),
                           ("in_kind", "現物給与"), ("savings", "財形貯蓄"), ("union_dues", "組合費"),
                           ("parking", "駐車場料金"), ("km", "通勤距離(km)")):
                if k in e:
                    r[col] = e[k]
            rows.append(r)
    for date, amounts in BONUS.items():
        for code, amt in amounts.items():
            r = dict.fromkeys(HEADER, "")
            r.update({"社員番号": code, "区分": "賞与", "支給日": date, "賞与": amt})
            rows.append(r)
    with open(HERE / "payroll-2026.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, HEADER, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)

    with open(HERE / "resident-tax-2026.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["社員番号", "氏名", "年度", "市区町村コード", "市区町村名", "年税額", "6月分", "7月分以降"])
        for code, years in RESIDENT.items():
            s = staff[code]
            for fy, annual in zip((2025, 2026), years):
                if annual == 0:
                    continue
                monthly = annual // 12 // 100 * 100  # 100円未満の端数は6月分 (地方税法321条の5第1項)
                june = annual - 11 * monthly
                w.writerow([code, s["氏"] + " " + s["名"], fy, s["市区町村コード"], MUNI.get(s["市区町村コード"], ""),
                            annual, june, monthly])


if __name__ == "__main__":
    main()
