import FuzzSupport

FuzzDriver.run(fuzzMarkup)
