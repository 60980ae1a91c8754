#!/usr/bin/env python3
"""Writes schemas/etax/kyotsu.xsd (the 給与所得の源泉徴収票 form TEG108) and schemas/etax/gensen.xsd
(DATA, the procedure element, the IT part, the 合計表) from the lists below; the writer,
adapters/etax/etax_writer.cpp, emits the same order.

Sources (facts only; docs/etax.md has the table):
* TEG108 element codes, nesting, order, occurrences and value types: the official
  TEG108-001.xsd (「年分 給与所得の源泉徴収票(令和5年以降用)」 version 1.0, 2023-09-05, namespace
  http://xml.e-tax.nta.go.jp/XSD/kyotsu), as copied in the public repository
  okathira-dev/client-web-api-sandbox, src/kojo-xml-viewer/kojoall/04XMLスキーマ/kyotsu/TEG108-001.xsd.
* Common types (kingaku, yy/yymmdd, kubun, tel-number, bango = kojinbango|hojinbango,
  FormAttribute page/softNM/sakuseiNM/sakuseiDay/id, procedure_CD up to 7 characters) and the IT
  reference names: the official General.xsd (β2.1, 2021-05-10) and ITreference.xsd of the same
  copy (…/04XMLスキーマ/general/).
* KYU… codes are kyuyo's own, for what TEG108 has no element for: 個人番号 (TEG108 is the
  employee-delivery form), the 令和7年分 items (特親, 特定親族特別控除の額), the 5th and later
  persons, the payer's 個人番号又は法人番号, and the whole 合計表.
Not reproduced: the enveloped dsig:Signature that TEG108 requires (sign with e-Taxソフト)."""
import os

K = "kyo:"
A, C, T, D, B = "gen:kingaku", "gen:count", "xs:string", "gen:yymmdd", "gen:bango"
KB, KB2, Y = "gen:kubun", "gen:kubun", "gen:yy-only"
NUM = ("KYU00110", "gen:kojinbango-value", "個人番号 (kyuyo)", 0)


def person(prefix, kubun_type, extra=()):
    return [(prefix + "10", T, "氏名（フリガナ）", 0), (prefix + "20", T, "氏名", 0), (prefix + "30", kubun_type, "区分", 0),
            *extra, NUM]


# (code, type | list of children, label, occurs: 1 required, 0 optional, n max n, "many" unbounded)
teg108 = [
    ("ZPB00000", Y, "年分", 1),
    ("ZPC00000", [("ZPC00010", T, "住所又は居所", 1), ("ZPC00080", T, "（受給者番号）", 0), ("ZPC00090", T, "（役職名）", 0),
                  ("ZPC00100", [("ZPC00110", T, "（フリガナ）", 0), ("ZPC00120", T, "氏名", 1)], "氏名", 1)],
     "支払を受ける者", 1),
    ("KYU00010", "gen:kojinbango-value", "支払を受ける者の個人番号 (kyuyo)", 0),
    ("ZPD00000", T, "種別", 0),
    ("ZPE00000", [("ZPE00010", A, "内書", 0), ("ZPE00020", A, "支払金額", 0)], "支払金額", 0),
    ("ZPF00000", A, "給与所得控除後の金額", 0),
    ("ZPG00000", A, "所得控除の額の合計額", 0),
    ("ZPH00000", [("ZPH00010", A, "内書", 0), ("ZPH00020", A, "税額", 0)], "源泉徴収税額", 0),
    ("ZPI00000", [("ZPI00010", KB, "有", 0), ("ZPI00030", KB, "従有", 0), ("ZPI00050", KB, "老人", 0)],
     "（源泉）控除対象配偶者の有無等", 0),
    ("ZPJ00000", A, "配偶者（特別）控除の額", 0),
    ("ZPK00000", [("ZPK00010", [("ZPK00020", C, "人", 0), ("ZPK00030", C, "従人", 0)], "特定", 0),
                  ("ZPK00040", [("ZPK00050", [("ZPK00060", C, "内書", 0), ("ZPK00070", C, "人", 0)], "人数", 0),
                                ("ZPK00080", C, "従人", 0)], "老人", 0),
                  ("ZPK00090", [("ZPK00100", C, "人", 0), ("ZPK00110", C, "従人", 0)], "その他", 0),
                  ("KYU00020", C, "特親 人 (令和7年分から; kyuyo)", 0)],
     "控除対象扶養親族の数（配偶者を除く。）", 0),
    ("ZPC10000", C, "16歳未満扶養親族の数", 0),
    ("ZPL00000", [("ZPL00010", [("ZPL00020", C, "内書", 0), ("ZPL00030", C, "人", 0)], "特別", 0),
                  ("ZPL00040", C, "その他", 0)], "障害者の数（本人を除く。）", 0),
    ("ZPD10000", C, "非居住者である親族の数", 0),
    ("ZPM00000", [("ZPM00010", A, "内書", 0), ("ZPM00020", A, "社会保険料等", 0)], "社会保険料等の金額", 0),
    ("ZPN00000", A, "生命保険料の控除額", 0),
    ("ZPO00000", A, "地震保険料の控除額", 0),
    ("ZPP00000", A, "住宅借入金等特別控除の額", 0),
    ("ZPQ00000", [("ZPQ00010", "gen:tekiyo", "摘要の内容", 0), ("ZPQ00020", T, "電子交付", 0)], "（摘要）", 0),
    ("ZPR00000", A, "配偶者の合計所得", 0),
    ("ZPY00000", A, "新生命保険料の金額", 0),
    ("ZPZ00000", A, "旧生命保険料の金額", 0),
    ("ZPA10000", A, "介護医療保険料の金額", 0),
    ("ZPB10000", A, "新個人年金保険料の金額", 0),
    ("ZPS00000", A, "旧個人年金保険料の金額", 0),
    ("ZPT00000", A, "旧長期損害保険料の金額", 0),
    ("ZPE10000", [("ZPE10010", C, "住宅借入金等特別控除適用数", 0), ("ZPE10020", A, "住宅借入金等特別控除可能額", 0),
                  ("ZPE10030", D, "居住開始年月日（１回目）", 0), ("ZPE10040", KB2, "住宅借入金等特別控除区分（１回目）", 0),
                  ("ZPE10050", A, "住宅借入金等年末残高（１回目）", 0), ("ZPE10060", D, "居住開始年月日（２回目）", 0),
                  ("ZPE10070", KB2, "住宅借入金等特別控除区分（２回目）", 0), ("ZPE10080", A, "住宅借入金等年末残高（２回目）", 0)],
     "住宅借入金等特別控除の額の内訳", 0),
    ("ZPF10000", person("ZPF100", KB), "（源泉・特別）控除対象配偶者", 0),
    ("ZPG10000", A, "国民年金保険料等の金額", 0),
    ("ZPJ10000", A, "基礎控除の額", 0),
    ("ZPK10000", A, "所得金額調整控除額", 0),
    ("KYU00050", A, "特定親族特別控除の額 (令和7年分から; kyuyo)", 0),
    ("ZPH10000", person("ZPH100", KB2, [("KYU00130", KB, "特定親族 (kyuyo)", 0)]), "控除対象扶養親族　繰り返し", 4),
    ("ZPI10000", person("ZPI100", KB), "16歳未満の扶養親族　繰り返し", 4),
    ("KYU00120", [("KYU00121", T, "控除対象扶養親族 / 16歳未満の扶養親族", 1), ("KYU00122", T, "氏名", 1), NUM],
     "5人目以降の扶養親族 (摘要; kyuyo)", "many"),
    ("ZPU00000", [("ZPU00010", KB, "未成年者", 0), ("ZPU00020", KB, "乙欄", 0),
                  ("ZPU00030", [("ZPU00040", KB, "特別", 0), ("ZPU00050", KB, "その他", 0)], "本人が障害者", 0),
                  ("ZPU00070", KB, "寡婦", 0), ("ZPU00090", KB, "ひとり親", 0), ("ZPU00100", KB, "勤労学生", 0),
                  ("ZPU00110", KB, "死亡退職", 0), ("ZPU00120", KB, "災害者", 0), ("ZPU00130", KB, "外国人", 0)],
     "本人控除内容", 0),
    ("ZPV00000", [("ZPV00010", KB, "就職", 0), ("ZPV00020", KB, "退職", 0), ("ZPV00030", D, "中途就・退職年月日", 0)],
     "中途就・退職", 0),
    ("ZPW00000", D, "受給者生年月日", 0),
    ("ZPX00000", [("ZPX00010", T, "住所（居所）又は所在地", 1), ("ZPX00020", T, "氏名又は名称", 1),
                  ("ZPX00030", "gen:tel-number", "電話番号", 0),
                  ("KYU00040", B, "個人番号又は法人番号 (kyuyo)", 0)], "支払者", 1),
]
gokei = [("KYU20010", Y, "年分", 1), ("KYU20020", C, "Ⓐ 人員", 1), ("KYU20030", A, "Ⓐ 支払金額", 1),
         ("KYU20040", A, "Ⓐ 源泉徴収税額", 1), ("KYU20050", C, "うち源泉徴収税額のない者 人員", 1),
         ("KYU20060", C, "Ⓑ 源泉徴収票を提出するもの 人員", 1), ("KYU20070", A, "Ⓑ 支払金額", 1), ("KYU20080", A, "Ⓑ 源泉徴収税額", 1),
         ("KYU20090", KB, "みなし提出の年分", 0)]


def occurs(occ):
    if occ == 1:
        return ""
    if occ == "many":
        return ' minOccurs="0" maxOccurs="unbounded"'
    if occ == 0:
        return ' minOccurs="0"'
    return f' minOccurs="0" maxOccurs="{occ}"'


def el(code, typ, label, occ, ind="      "):
    ann = f'<xs:annotation><xs:appinfo>{label}</xs:appinfo></xs:annotation>'
    if isinstance(typ, list):
        inner = "\n".join(el(*c, ind=ind + "    ") for c in typ)
        return (f'{ind}<xs:element name="{code}"{occurs(occ)}>{ann}\n{ind}  <xs:complexType><xs:sequence>\n'
                f'{inner}\n{ind}  </xs:sequence></xs:complexType>\n{ind}</xs:element>')
    return f'{ind}<xs:element name="{code}" type="{typ}"{occurs(occ)}>{ann}</xs:element>'


here = os.path.dirname(os.path.abspath(__file__))
header = "<!-- GENERATED by gen_gensen_xsd.py; do not edit by hand. Sources and what is kyuyo's own: the\n     generator's docstring and docs/etax.md. -->"

kyotsu = f'''<?xml version="1.0" encoding="UTF-8"?>
{header}
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:kyo="http://xml.e-tax.nta.go.jp/XSD/kyotsu"
           xmlns:gen="http://xml.e-tax.nta.go.jp/XSD/general"
           targetNamespace="http://xml.e-tax.nta.go.jp/XSD/kyotsu" elementFormDefault="qualified">
  <xs:import namespace="http://xml.e-tax.nta.go.jp/XSD/general" schemaLocation="general.xsd"/>
  <xs:element name="TEG108">
    <xs:annotation><xs:appinfo>年分　給与所得の源泉徴収票(令和5年以降用), with kyuyo's KYU additions</xs:appinfo></xs:annotation>
    <xs:complexType>
      <xs:sequence>
{chr(10).join(el(*p) for p in teg108)}
      </xs:sequence>
      <xs:attribute name="VR" use="required">
        <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="1.0"/></xs:restriction></xs:simpleType>
      </xs:attribute>
      <xs:attributeGroup ref="gen:FormAttribute"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
'''


def it_el(name, inner):
    return f'''      <xs:element name="{name}" minOccurs="0">
        <xs:complexType>{inner}
          <xs:attribute name="ID" type="xs:ID" use="required"/>
        </xs:complexType>
      </xs:element>'''


seq = lambda *refs: "<xs:sequence>" + "".join(f'<xs:element ref="gen:{r}"/>' for r in refs) + "</xs:sequence>"
txt = '<xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="ID" type="xs:ID" use="required"/></xs:extension></xs:simpleContent>'


def it_text(name):
    return f'''      <xs:element name="{name}" minOccurs="0">
        <xs:complexType>{txt}</xs:complexType>
      </xs:element>'''


bango = ('<xs:choice><xs:element ref="gen:kojinbango"/><xs:element ref="gen:hojinbango"/></xs:choice>')
gensen = f'''<?xml version="1.0" encoding="UTF-8"?>
{header}
<!-- kyuyo's e-Tax XML schema for the 法定調書 submission of the 給与所得の源泉徴収票 and the 給与所得の
     源泉徴収票等の法定調書合計表. The official procedure XSD (e-Tax 仕様公開, e-tax19, folder gensen/) could
     not be read: the DATA root, the procedure element (ID not known: KYU0010 is ours), CONTENTS and
     the 合計表 are kyuyo's; the IT part follows ITreference.xsd/General.xsd; the slip is the
     official TEG108 structure (kyotsu.xsd). Validate against the official package instead with
     the schema-dir option of `kyuyo filing etax`. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:g="http://xml.e-tax.nta.go.jp/XSD/gensen"
           xmlns:gen="http://xml.e-tax.nta.go.jp/XSD/general" xmlns:kyo="http://xml.e-tax.nta.go.jp/XSD/kyotsu"
           targetNamespace="http://xml.e-tax.nta.go.jp/XSD/gensen" elementFormDefault="qualified">
  <xs:import namespace="http://xml.e-tax.nta.go.jp/XSD/general" schemaLocation="general.xsd"/>
  <xs:import namespace="http://xml.e-tax.nta.go.jp/XSD/kyotsu" schemaLocation="kyotsu.xsd"/>
  <xs:element name="GOKEIHYO">
    <xs:annotation><xs:appinfo>給与所得の源泉徴収票等の法定調書合計表 (1 給与所得の源泉徴収票; kyuyo)</xs:appinfo></xs:annotation>
    <xs:complexType>
      <xs:sequence>
{chr(10).join(el(*p) for p in gokei)}
      </xs:sequence>
      <xs:attribute name="VR" type="xs:string" use="required"/>
      <xs:attributeGroup ref="gen:FormAttribute"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="IT">
    <xs:complexType>
      <xs:sequence>
{it_el("ZEIMUSHO", seq("zeimusho_CD", "zeimusho_NM"))}
{it_el("TEISYUTSU_DAY", seq("era", "yy", "mm", "dd"))}
{it_text("NOZEISHA_ID")}
{it_el("NOZEISHA_BANGO", bango)}
{it_text("NOZEISHA_NM_KN")}
{it_text("NOZEISHA_NM")}
{it_el("NOZEISHA_ZIP", seq("zip1", "zip2"))}
{it_text("NOZEISHA_ADR")}
{it_el("NOZEISHA_TEL", seq("tel1", "tel2", "tel3"))}
{it_el("TETSUZUKI", seq("procedure_CD"))}
{it_el("NENBUN", seq("era", "yy"))}
      </xs:sequence>
      <xs:attribute name="VR" type="xs:string" use="required"/>
      <xs:attribute name="id" type="xs:ID" use="required"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="DATA">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="KYU0010">
          <xs:annotation><xs:appinfo>手続: 法定調書 (給与所得の源泉徴収票, 合計表). The official procedure ID is not known (docs/etax.md).</xs:appinfo></xs:annotation>
          <xs:complexType>
            <xs:sequence>
              <xs:element name="CONTENTS">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element ref="g:IT"/>
                    <xs:element ref="kyo:TEG108" minOccurs="0" maxOccurs="unbounded"/>
                    <xs:element ref="g:GOKEIHYO"/>
                  </xs:sequence>
                  <xs:attribute name="id" type="xs:ID" use="required"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:attribute name="id" type="xs:ID" use="required"/>
            <xs:attribute name="VR" type="xs:string" use="required"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="id" type="xs:ID" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
'''
open(os.path.join(here, "kyotsu.xsd"), "w").write(kyotsu)
open(os.path.join(here, "gensen.xsd"), "w").write(gensen)
