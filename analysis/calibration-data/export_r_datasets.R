# Writes the five R-package datasets of the calibration suite as plain CSV files (factor levels as text,
# numbers as R prints them) into the directory given as the only argument. Called by
# make_calibration_data.py; needs the Debian packages r-cran-kernlab, r-cran-mlbench, r-cran-aer and
# r-cran-ggplot2 (or the CRAN packages of the same names).
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript export_r_datasets.R <output directory>")
out <- args[1]
suppressPackageStartupMessages({
  library(kernlab)
  library(mlbench)
  library(AER)
  library(ggplot2)
})
write <- function(frame, name) {
  write.csv(as.data.frame(frame), file.path(out, paste0(name, ".csv")), row.names = FALSE)
}
data(spam, package = "kernlab")
write(spam, "spam")
data(ticdata, package = "kernlab")
write(ticdata, "ticdata")
data(LetterRecognition, package = "mlbench")
write(LetterRecognition, "letter")
data(CPS1988, package = "AER")
write(CPS1988, "cps1988")
write(ggplot2::diamonds, "diamonds")
