-- Every change of an agreement's status, as it was saved: the desk's morning view lists the
-- changes since the analyst's last visit, with the reason the assessment gave. Rows are only
-- added (a status that moves back is a new row), never rewritten.
CREATE TABLE assessment_history (
    agreement_id TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    old_status TEXT,
    new_status TEXT NOT NULL,
    status_date TEXT,
    reason TEXT NOT NULL,
    PRIMARY KEY (agreement_id, changed_at)
);
CREATE INDEX assessment_history_changed ON assessment_history (changed_at);
