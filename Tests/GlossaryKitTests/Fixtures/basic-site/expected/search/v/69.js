__glossarySearchShard("v/69",{"names":["interface"],"text":["interface","is","its"]});
