-- Employer master fields for the e-Tax 法定調書 document (kyuyo filing etax, procedure PHS0051):
-- its IT part requires the 利用者識別番号 (NOZEISHA_ID, 16 digits) and the 所轄税務署 (ZEIMUSHO:
-- the 5-digit 税務署番号 and its name). Empty until imported.
ALTER TABLE employers ADD COLUMN etax_user_id TEXT NOT NULL DEFAULT ''
;
ALTER TABLE employers ADD COLUMN tax_office_code TEXT NOT NULL DEFAULT ''
;
ALTER TABLE employers ADD COLUMN tax_office_name TEXT NOT NULL DEFAULT ''
