-- "Đã nghỉ" with the date the person left (a local date): from that day they leave T12's live
-- denominator; a year's figures taken before that day still count them (db/figureDefinitions.ts).
ALTER TABLE staff_person ADD COLUMN left_on TEXT;
