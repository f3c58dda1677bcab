## Follow-up ("Seuranta"): dates, preparing, the meeting.
