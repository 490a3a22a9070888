	.file	"stack_overflow.c"
	.text
	.p2align 4
	.type	deep, @function
deep:
.LFB11:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	leal	1(%rdi), %eax
	subq	$2304, %rsp
	.cfi_def_cfa_offset 2320
	movb	%dil, (%rsp)
	movb	%al, 256(%rsp)
	leal	2(%rdi), %eax
	movb	%al, 512(%rsp)
	leal	3(%rdi), %eax
	movb	%al, 768(%rsp)
	leal	4(%rdi), %eax
	movb	%al, 1024(%rsp)
	leal	5(%rdi), %eax
	movb	%al, 1280(%rsp)
	leal	6(%rdi), %eax
	movb	%al, 1536(%rsp)
	leal	7(%rdi), %eax
	movb	%al, 1792(%rsp)
	leal	8(%rdi), %eax
	addl	$9, %edi
	movb	%al, 2048(%rsp)
	call	deep
	movl	%eax, %ebx
	movsbl	2048(%rsp), %eax
	movsbl	1792(%rsp), %r11d
	movsbl	1536(%rsp), %r10d
	movsbl	1280(%rsp), %r9d
	movsbl	1024(%rsp), %r8d
	addl	%ebx, %eax
	movsbl	768(%rsp), %edi
	addl	%r11d, %eax
	movsbl	512(%rsp), %esi
	movsbl	256(%rsp), %ecx
	addl	%r10d, %eax
	movsbl	(%rsp), %edx
	addq	$2304, %rsp
	.cfi_def_cfa_offset 16
	addl	%r9d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 8
	addl	%r8d, %eax
	addl	%edi, %eax
	addl	%esi, %eax
	addl	%ecx, %eax
	addl	%edx, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	deep, .-deep
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB12:
	.cfi_startproc
	subq	$264, %rsp
	.cfi_def_cfa_offset 272
	movl	$1, %edi
	movb	$0, (%rsp)
	call	deep
	movsbl	(%rsp), %esi
	leaq	.LC0(%rip), %rdi
	addl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	addq	$264, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
