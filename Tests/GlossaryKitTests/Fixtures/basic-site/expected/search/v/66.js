__glossarySearchShard("v/66",{"names":["form"],"text":["filed","for","form","french"]});
