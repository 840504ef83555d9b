"""Letters between the meetings (issue 19): the invitation to the next meeting, its
calendar file and the minutes for the record system. Pure and typed, no Qt: the
app and the command line build the same texts from the same meeting."""
