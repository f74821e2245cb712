__glossarySearchShard("v/6f",{"names":[],"text":["other"]});
