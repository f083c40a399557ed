import FuzzSupport

FuzzDriver.run(fuzzTopoJSON)
