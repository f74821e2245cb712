__glossarySearchShard("v/31",{"names":["1099"],"text":["1099"]});
