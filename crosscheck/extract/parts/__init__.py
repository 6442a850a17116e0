"""Parts and sums: parts linked to their whole, totals stated as sums, incidents that add up to an
article's total, and whether an article's own figures add up."""
