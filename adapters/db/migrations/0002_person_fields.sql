-- Employee and dependent fields added after 0001: 住所フリガナ (資格取得届), 退職事由 (年末調整 at
-- leaving: 所得税基本通達 190-1), 弁護士等 (源泉徴収票 提出範囲), 国外居住親族の要件 (所得税法 2条1項34号).
ALTER TABLE employees ADD COLUMN address_kana TEXT NOT NULL DEFAULT ''
;
ALTER TABLE employees ADD COLUMN leave_reason TEXT NOT NULL DEFAULT 'ordinary'
  CHECK (leave_reason IN ('ordinary','death','disability'))
;
ALTER TABLE employees ADD COLUMN professional INTEGER NOT NULL DEFAULT 0
;
ALTER TABLE dependents ADD COLUMN overseas_condition TEXT NOT NULL DEFAULT 'none'
  CHECK (overseas_condition IN ('none','student','remittance38'))
