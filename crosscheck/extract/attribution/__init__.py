"""Attribution: who a figure is attributed to, the claimant noun phrases and their canonical names."""
