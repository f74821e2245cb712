__glossarySearchShard("v/70",{"names":["programming"],"text":["programming","programs"]});
