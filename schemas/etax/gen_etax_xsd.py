#!/usr/bin/env python3
"""Writes schemas/etax/general.xsd and schemas/etax/hoteishiryo.xsd: kyuyo's schema for the e-Tax
法定調書 document it writes (procedure PHS0051: 給与所得の源泉徴収票 HSZ062 and the 法定調書合計表
HSZ600). adapters/etax/etax_writer.cpp writes the same elements in the same order.

Facts (element codes, nesting, order, occurrences, value types, enumerations, namespaces) were read
from the official NTA e-Tax XMLスキーマ, as copied in the public repository zhaoy75/beermes, commit
ad07ebd59fda6e6297ea7f13a2eafed7eefecaa8, folder etax/19XMLスキーマ/:
  hoteishiryo/PHS0051-250.xsd  給与所得の源泉徴収票等の法定調書(及び同合計表) version 25.0.0 (2025-08-15)
  hoteishiryo/HSZ062-006.xsd   給与所得の源泉徴収票 version 6.0 (2025-08-15)
  hoteishiryo/HSZ600-003.xsd   給与所得の源泉徴収票等の法定調書合計表 version 3.0 (2021-09-02)
  general/General.xsd, ITdefinition.xsd, ITreference.xsd, CATALOG.xsd, zeimusho.xsd
No text of those files is reproduced; this schema is narrower: it declares only what kyuyo writes
(every other official element is absent here, so a document holding one is refused by ours), and
the IT part only in the order the official ITtype gives. docs/etax.md lists what is confirmed."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GEN_NS = "http://xml.e-tax.nta.go.jp/XSD/general"
HOT_NS = "http://xml.e-tax.nta.go.jp/XSD/hoteishiryo"

# ---- general (gen:) types -----------------------------------------------------------------------
# The character set of gen:str (General.xsd): the Unicode blocks e-Tax accepts; half-width katakana
# (U+FF66–FF9F) and control characters other than tab and line breaks are refused.
STR_PATTERN = ("(&#x0009;|&#x000A;|&#x000D;|[\\p{IsBasicLatin}-[\\p{Cc}]]|\\p{IsHiragana}|\\p{IsKatakana}|"
               "\\p{IsCJKUnifiedIdeographs}|\\p{IsCJKCompatibilityIdeographs}|\\p{IsCJKSymbolsandPunctuation}|"
               "[\\p{IsHalfwidthandFullwidthForms}-[ｦ-ﾟ]]|[\\p{IsLatin-1Supplement}-[\\p{Cc}&#x0085;]]|"
               "\\p{IsGreek}|\\p{IsCyrillic}|\\p{IsGeneralPunctuation}|\\p{IsArrows}|"
               "\\p{IsMathematicalOperators}|\\p{IsBoxDrawing}|\\p{IsGeometricShapes}|\\p{IsNumberForms}|"
               "\\p{IsEnclosedAlphanumerics}|\\p{IsEnclosedCJKLettersandMonths}|\\p{IsCJKCompatibility})*")


def digits(name, maxlen):
    return (f'<xs:element name="{name}"><xs:simpleType><xs:restriction base="xs:string">'
            f'<xs:pattern value="\\d*"/><xs:maxLength value="{maxlen}"/></xs:restriction></xs:simpleType></xs:element>')


def ranged(name, lo, hi, pattern):
    return (f'<xs:element name="{name}"><xs:simpleType><xs:restriction base="xs:nonNegativeInteger">'
            f'<xs:pattern value="{pattern}"/><xs:maxInclusive value="{hi}"/><xs:minInclusive value="{lo}"/>'
            '</xs:restriction></xs:simpleType></xs:element>')


ERA = ('<xs:element name="era"><xs:simpleType><xs:restriction base="xs:nonNegativeInteger">'
       '<xs:pattern value="[1-5]"/></xs:restriction></xs:simpleType></xs:element>')
YY, MM, DD = ranged("yy", 1, 99, "\\d?\\d"), ranged("mm", 1, 12, "\\d?\\d"), ranged("dd", 1, 31, "\\d?\\d")

REFS = ["NENBUN", "TEISYUTSU_DAY", "ZEIMUSHO", "NOZEISHA_BANGO", "NOZEISHA_NM_KN", "NOZEISHA_NM",
        "NOZEISHA_ADR", "NOZEISHA_TEL", "DAIHYO_NM"]


def general():
    t = []
    t.append(f'<xs:simpleType name="str"><xs:restriction base="xs:string"><xs:pattern value="{STR_PATTERN}"/>'
             '</xs:restriction></xs:simpleType>')
    for n in ("name", "n-kana", "address"):
        t.append(f'<xs:simpleType name="{n}"><xs:restriction base="str"/></xs:simpleType>')
    t.append('<xs:simpleType name="nonNegativeType"><xs:restriction base="xs:nonNegativeInteger">'
             '<xs:pattern value="[^+]*"/></xs:restriction></xs:simpleType>')
    # 金額: up to 15 digits, optional minus, attribute AutoCalc
    t.append('<xs:simpleType name="kingakuType"><xs:restriction base="xs:long"><xs:pattern value="[\\-]?'
             + "\\d?" * 14 + '\\d"/></xs:restriction></xs:simpleType>')
    t.append('<xs:complexType name="kingaku"><xs:simpleContent><xs:extension base="kingakuType">'
             '<xs:attribute name="AutoCalc" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>')
    t.append(f'<xs:complexType name="yy"><xs:sequence>{ERA}{YY}</xs:sequence></xs:complexType>')
    t.append(f'<xs:complexType name="yymmdd"><xs:sequence>{ERA}{YY}{MM}{DD}</xs:sequence></xs:complexType>')
    # 個人番号又は法人番号: one of the two
    t.append('<xs:complexType name="bango"><xs:choice><xs:sequence>'
             + digits("kojinbango", 12).replace('<xs:element name="kojinbango">',
                                                '<xs:element name="kojinbango" minOccurs="0">')
             + '</xs:sequence><xs:sequence>'
             + digits("hojinbango", 13).replace('<xs:element name="hojinbango">',
                                                '<xs:element name="hojinbango" minOccurs="0">')
             + '</xs:sequence></xs:choice></xs:complexType>')
    t.append(f'<xs:complexType name="zipcode"><xs:sequence>{digits("zip1", 3)}{digits("zip2", 4)}</xs:sequence>'
             '</xs:complexType>')
    opt = lambda e: e.replace('">', '" minOccurs="0">', 1)
    t.append(f'<xs:complexType name="tel-number"><xs:sequence>{opt(digits("tel1", 6))}{opt(digits("tel2", 4))}'
             f'{digits("tel3", 4)}</xs:sequence></xs:complexType>')
    # 税務署: 5-digit 税務署番号 (zeimusho.xsd's code list) and the name (≤ 15)
    t.append('<xs:complexType name="zeimusho"><xs:sequence><xs:element name="zeimusho_CD"><xs:simpleType>'
             '<xs:restriction base="xs:string"><xs:pattern value="\\d{5}"/></xs:restriction></xs:simpleType>'
             '</xs:element><xs:element name="zeimusho_NM" minOccurs="0"><xs:simpleType><xs:restriction base="str">'
             '<xs:maxLength value="15"/></xs:restriction></xs:simpleType></xs:element></xs:sequence></xs:complexType>')
    t.append('<xs:simpleType name="nozeisha-id"><xs:restriction base="xs:string"><xs:pattern value="\\d*"/>'
             '<xs:maxLength value="16"/></xs:restriction></xs:simpleType>')
    t.append('<xs:simpleType name="procedure_CD"><xs:restriction base="xs:string"><xs:maxLength value="7"/>'
             '</xs:restriction></xs:simpleType>')
    for r in REFS:  # a form item that points at the IT part (ITreference.xsd)
        t.append(f'<xs:complexType name="{r}ref"><xs:attribute name="IDREF" type="xs:IDREF" use="required" '
                 f'fixed="{r}"/></xs:complexType>')
    t.append('<xs:attributeGroup name="FormAttribute"><xs:attribute name="page" type="xs:positiveInteger"/>'
             '<xs:attribute name="softNM" type="xs:string" use="required"/>'
             '<xs:attribute name="sakuseiNM" type="xs:string" use="required"/>'
             '<xs:attribute name="sakuseiDay" type="xs:date" use="required"/>'
             '<xs:attribute name="id" type="xs:ID"/></xs:attributeGroup>')
    return t


# ---- hoteishiryo: the procedure, IT, HSZ062, HSZ600 ----------------------------------------------
A = "gen:kingaku"
_n = [0]


def kubun(codes):
    """A check box / code: {kubun_CD} declared locally (so in the hoteishiryo namespace, as the
    official restrictions of gen:kubun declare it) with the allowed codes."""
    enum = "".join(f'<xs:enumeration value="{c}"/>' for c in codes)
    return ('<xs:complexType><xs:sequence><xs:element name="kubun_CD"><xs:simpleType>'
            f'<xs:restriction base="xs:nonNegativeInteger"><xs:pattern value="\\d?\\d"/>{enum}</xs:restriction>'
            '</xs:simpleType></xs:element></xs:sequence></xs:complexType>')


def count(pattern):
    return ('<xs:complexType><xs:simpleContent><xs:extension base="countType' + str(len(pattern)) + '">'
            '<xs:attribute name="AutoCalc" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>')


def text(maxlen, base="gen:str"):
    return (f'<xs:simpleType><xs:restriction base="{base}"><xs:maxLength value="{maxlen}"/></xs:restriction>'
            '</xs:simpleType>')


C2 = count("\\d?\\d")        # 人数 of the slip: at most 2 digits
C1 = count("\\d")
C8 = count("\\d?" * 7 + "\\d")  # 合計表 人員: up to 8 digits
FLAG = kubun(["1", "2"])        # 有/該当 check boxes (1; 2 is allowed too)


def el(name, body, lo=0, hi=1):
    occ = ("" if lo == 1 else f' minOccurs="{lo}"') + ("" if hi == 1 else f' maxOccurs="{hi}"')
    if isinstance(body, list):
        return f'<xs:element name="{name}"{occ}><xs:complexType><xs:sequence>{"".join(body)}</xs:sequence></xs:complexType></xs:element>'
    if body.startswith("<"):
        return f'<xs:element name="{name}"{occ}>{body}</xs:element>'
    return f'<xs:element name="{name}" type="{body}"{occ}/>'


def person(prefix, number, codes):
    items = []
    if number:
        items.append(el(prefix + "10", "gen:bango"))
        items.append(el(prefix + "15", "gen:n-kana"))
    else:
        items.append(el(prefix + "10", "gen:n-kana"))
    items.append(el(prefix + "20", "gen:name"))
    items.append(el(prefix + "30", kubun(codes)))
    return items


# 国外扶養区分 of a 控除対象扶養親族 (DIZ00030): 00–04 and the tens 10–90 / 11–91
DEPENDENT_CODES = ["00", "01", "02", "03", "04"] + [f"{d}0" for d in range(1, 10)] + [f"{d}1" for d in range(1, 10)]

HSZ062 = [
    el("DIB00000", kubun(["1", "0"]), 1),  # 訂正区分
    el("DIC00000", "gen:NENBUNref"),      # 年分
    el("DID00000", [                      # 支払を受ける者
        el("DID00010", "gen:address", 1), el("DID00020", text(20)), el("DID00030", "gen:bango"),
        el("DID00040", text(15)),
        el("DID00050", [el("DID00060", "gen:n-kana"), el("DID00070", "gen:name", 1)], 1)], 1),
    el("DIE00000", text(10)),               # 種別
    el("DIF00000", [el("DIF00010", A), el("DIF00020", A)]),  # 支払金額 内書 / 金額
    el("DIG00000", A), el("DIH00000", A),
    el("DII00000", [el("DII00010", A), el("DII00020", A)]),  # 源泉徴収税額
    el("DIJ00000", [el("DIJ00010", FLAG), el("DIJ00020", FLAG), el("DIJ00030", FLAG)]),
    el("DIK00000", A),
    el("DIL00000", [  # 控除対象扶養親族等の数: 特定, 老人, その他, 特親
        el("DIL00010", [el("DIL00020", C2), el("DIL00030", C2)]),
        el("DIL00040", [el("DIL00050", [el("DIL00060", C2), el("DIL00070", C2)]), el("DIL00080", C2)]),
        el("DIL00090", [el("DIL00100", C2), el("DIL00110", C2)]),
        el("DIL00120", [el("DIL00130", C2), el("DIL00140", C2)])]),
    el("DIM00000", C2),
    el("DIN00000", [el("DIN00010", [el("DIN00020", C2), el("DIN00030", C2)]), el("DIN00040", C2)]),
    el("DIE10000", C2), el("DIJ10000", A),
    el("DIO00000", [el("DIO00010", A), el("DIO00020", A)]),
    el("DIP00000", A), el("DIQ00000", A), el("DIR00000", A),
    el("DIS00000", text(300)),  # 摘要
    el("DIT00000", [el(f"DIT000{i}0", A) for i in range(1, 6)]),
    el("DIU00000", [el("DIU00010", C1), el("DIU00020", A), el("DIU00030", "gen:yymmdd"),
                    el("DIU00040", kubun(["01", "02", "03", "04", "11", "12", "13", "21", "22", "24", "31", "32", "34",
                                          "41", "42", "44"])),
                    el("DIU00050", A), el("DIU00060", "gen:yymmdd"),
                    el("DIU00070", kubun(["01", "02", "03", "04", "11", "12", "13", "21", "22", "24", "31", "32", "34",
                                          "41", "42", "44"])),
                    el("DIU00080", A)]),
    el("DIV00000", person("DIV000", True, ["00", "01"])),
    el("DIW00000", A), el("DIX00000", A), el("DIH10000", A), el("DIY00000", A), el("DII10000", A),
    el("DIZ00000", person("DIZ000", True, DEPENDENT_CODES), 0, 4),
    el("DIF10000", person("DIF100", False, ["00", "01"]), 0, 4),
    el("DIG10000", text(100)),
    el("DIA10000", [el("DIA10010", FLAG), el("DIA10020", FLAG), el("DIA10030", FLAG), el("DIA10040", FLAG),
                    el("DIA10050", FLAG), el("DIA10060", [el("DIA10070", FLAG), el("DIA10080", FLAG)]),
                    el("DIA10140", FLAG), el("DIA10150", FLAG), el("DIA10130", FLAG)]),
    el("DIB10000", [el("DIB10010", FLAG), el("DIB10020", FLAG), el("DIB10030", "gen:yymmdd")]),
    el("DIC10000", "gen:yymmdd"),
    el("DID10000", [el("DID10010", "gen:NOZEISHA_BANGOref"), el("DID10020", "gen:NOZEISHA_ADRref", 1),
                    el("DID10030", "gen:NOZEISHA_NMref", 1), el("DID10040", "gen:NOZEISHA_TELref")], 1),
]

HSZ600 = [
    el("BLA00000", "gen:NENBUNref", 1),
    el("BLB00000", kubun(["1", "2", "3", "4"]), 1),  # 調書の提出区分
    el("BLD00000", "gen:TEISYUTSU_DAYref"),
    el("BLE00000", "gen:ZEIMUSHOref"),
    el("BLF00000", [el("BLF00010", "gen:NOZEISHA_ADRref"),
                    el("BLF00020", [el("BLF00030", "gen:NOZEISHA_NM_KNref"), el("BLF00040", "gen:NOZEISHA_NMref")]),
                    el("BLF00045", "gen:NOZEISHA_BANGOref"),
                    el("BLF00050", [el("BLF00070", "gen:DAIHYO_NMref")]),
                    el("BLF00080", "gen:NOZEISHA_TELref")]),
    el("BLG00000", [el("BLG00010", kubun(["14", "15", "16", "17", "18", "19", "30", "99"]))]),  # 提出媒体
    el("BLI00000", [  # 1. 給与所得の源泉徴収票合計表
        el("BLI00010", [el("BLI00020", C8), el("BLI00030", C8), el("BLI00040", A), el("BLI00050", A)]),
        el("BLI00090", [el("BLI00100", C8), el("BLI00110", A), el("BLI00120", A)])]),
]


def it_item(name, body, lo=0):
    occ = "" if lo == 1 else ' minOccurs="0"'
    if body.startswith("gen:") and body != "gen:nozeisha-id":  # complex gen: types
        return (f'<xs:element name="{name}"{occ}><xs:complexType><xs:complexContent><xs:extension base="{body}">'
                '<xs:attribute name="ID" type="xs:ID" use="required"/></xs:extension></xs:complexContent>'
                '</xs:complexType></xs:element>')
    return (f'<xs:element name="{name}"{occ}><xs:complexType><xs:simpleContent><xs:extension base="{body}">'
            '<xs:attribute name="ID" type="xs:ID" use="required"/></xs:extension></xs:simpleContent>'
            '</xs:complexType></xs:element>')


IT = [  # ITdefinition.xsd's order; ZEIMUSHO, NOZEISHA_ID, NOZEISHA_NM, NOZEISHA_ADR and TETSUZUKI required
    it_item("ZEIMUSHO", "gen:zeimusho", 1),
    it_item("TEISYUTSU_DAY", "gen:yymmdd"),
    it_item("NOZEISHA_ID", "gen:nozeisha-id", 1),
    it_item("NOZEISHA_BANGO", "gen:bango"),
    it_item("NOZEISHA_NM_KN", "linetext"),
    it_item("NOZEISHA_NM", "linetext", 1),
    it_item("NOZEISHA_ZIP", "gen:zipcode"),
    it_item("NOZEISHA_ADR", "linetext", 1),
    it_item("NOZEISHA_TEL", "gen:tel-number"),
    it_item("DAIHYO_NM", "linetext"),
    '<xs:element name="TETSUZUKI"><xs:complexType><xs:sequence><xs:element name="procedure_CD"><xs:simpleType>'
    '<xs:restriction base="gen:procedure_CD"><xs:enumeration value="PHS0051"/></xs:restriction></xs:simpleType>'
    '</xs:element><xs:element name="procedure_NM" minOccurs="0">' + text(200) + '</xs:element></xs:sequence>'
    '<xs:attribute name="ID" type="xs:ID" use="required"/></xs:complexType></xs:element>',
    it_item("NENBUN", "gen:yy"),
]


def form(name, vr, items, lo, hi):
    occ = ("" if lo == 1 else f' minOccurs="{lo}"') + ("" if hi == 1 else f' maxOccurs="{hi}"')
    return (f'<xs:element name="{name}"{occ}><xs:complexType><xs:sequence>{"".join(items)}</xs:sequence>'
            f'<xs:attribute name="VR" use="required"><xs:simpleType><xs:restriction base="xs:string">'
            f'<xs:enumeration value="{vr}"/></xs:restriction></xs:simpleType></xs:attribute>'
            '<xs:attributeGroup ref="gen:FormAttribute"/></xs:complexType></xs:element>')


def hoteishiryo():
    t = []
    t.append('<xs:simpleType name="linetext"><xs:restriction base="gen:str"><xs:pattern value="[^\\n\\r\\t]*"/>'
             '</xs:restriction></xs:simpleType>')
    for digits_ in (1, 2, 8):
        pattern = "\\d?" * (digits_ - 1) + "\\d"
        t.append(f'<xs:simpleType name="countType{len(pattern)}"><xs:restriction base="gen:nonNegativeType">'
                 f'<xs:pattern value="{pattern}"/></xs:restriction></xs:simpleType>')
    catalog = ('<xs:element name="CATALOG"><xs:complexType><xs:sequence maxOccurs="unbounded">'
               '<xs:any namespace="http://www.w3.org/1999/02/22-rdf-syntax-ns#" processContents="skip"/>'
               '</xs:sequence><xs:attribute name="id" type="xs:ID" use="required"/></xs:complexType></xs:element>')
    it = ('<xs:element name="IT"><xs:complexType><xs:sequence>' + "".join(IT) + '</xs:sequence>'
          '<xs:attribute name="id" type="xs:ID" use="required"/><xs:attribute name="VR" use="required">'
          '<xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="1.0"/><xs:enumeration value="1.1"/>'
          '<xs:enumeration value="1.2"/><xs:enumeration value="1.3"/><xs:enumeration value="1.4"/>'
          '<xs:enumeration value="1.5"/></xs:restriction></xs:simpleType></xs:attribute></xs:complexType></xs:element>')
    contents = ('<xs:element name="CONTENTS"><xs:complexType><xs:sequence>' + it + form("HSZ062", "6.0", HSZ062, 0, "unbounded")
                + form("HSZ600", "3.0", HSZ600, 1, 1) + '</xs:sequence>'
                '<xs:attribute name="id" type="xs:ID" use="required"/></xs:complexType></xs:element>')
    t.append('<xs:element name="DATA"><xs:complexType><xs:sequence><xs:element name="PHS0051"><xs:complexType>'
             '<xs:sequence>' + catalog + contents + '</xs:sequence><xs:attribute name="id" type="xs:ID" use="required"/>'
             '<xs:attribute name="VR" use="required"><xs:simpleType><xs:restriction base="xs:string">'
             '<xs:enumeration value="25.0.0"/></xs:restriction></xs:simpleType></xs:attribute></xs:complexType>'
             '</xs:element></xs:sequence><xs:attribute name="id" type="xs:ID"/></xs:complexType></xs:element>')
    return t


def write(name, target, body, imports=""):
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generated by schemas/etax/gen_etax_xsd.py (kyuyo\'s '
            'schema for the e-Tax 法定調書 document; sources and scope in that script and docs/etax.md). -->\n'
            f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{target}" xmlns="{target}" '
            f'xmlns:gen="{GEN_NS}" elementFormDefault="qualified" attributeFormDefault="unqualified">\n')
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(head + imports + "\n".join(body) + "\n</xs:schema>\n")


if __name__ == "__main__":
    write("general.xsd", GEN_NS, general())
    write("hoteishiryo.xsd", HOT_NS, hoteishiryo(),
          f'<xs:import namespace="{GEN_NS}" schemaLocation="general.xsd"/>\n')
