__glossarySearchShard("v/68",{"names":[],"text":["html"]});
