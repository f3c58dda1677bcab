## Wellbeing at the start and the end, the satisfaction survey and the summaries.
