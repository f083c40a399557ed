import FuzzSupport

FuzzDriver.run(fuzzCSV)
