__glossarySearchShard("v/6b",{"names":[],"text":["keeps"]});
